// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationtab.h"

#include "charts/chartstyle.h"
#include "widgets/backgroundread.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Quorum::Ui {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value) >= 10.0 ? 1 : 3);
}

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(value, 'f', decimals);
    return value > 0 ? QLocale().positiveSign() + text : text;
}

QString ruleText(const EvaluationMatrixRow &r, double maxRegressionPct)
{
    QStringList rules;
    if (r.minimum) {
        rules << EvaluationTab::tr("≥ %1").arg(number(*r.minimum));
    }
    if (r.regression != RuleResult::NotApplicable) {
        rules << EvaluationTab::tr("loss against production ≤ %1 %")
                     .arg(QLocale().toString(maxRegressionPct, 'f', 1));
    }
    return rules.join(QStringLiteral("; "));
}

QString resultText(const EvaluationMatrixRow &r)
{
    QStringList failures;
    if (r.threshold == RuleResult::Failed) {
        failures << EvaluationTab::tr("below %1").arg(number(*r.minimum));
    }
    if (r.regression == RuleResult::Failed) {
        failures << EvaluationTab::tr("%1 % loss against production")
                        .arg(QLocale().toString(*r.regressionPct, 'f', 2));
    }
    if (!failures.isEmpty()) {
        return EvaluationTab::tr("✗ Failed: %1").arg(failures.join(QStringLiteral("; ")));
    }
    if (r.threshold == RuleResult::Passed || r.regression == RuleResult::Passed) {
        return EvaluationTab::tr("✓ Passed");
    }
    return {};
}

} // namespace

EvaluationTab::EvaluationTab(QWidget *parent)
    : ModelTab(parent)
    , m_versions(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("evaluationTab"));
    m_versions->setObjectName(QStringLiteral("evaluationVersion"));
    m_versions->setAccessibleName(tr("Version"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            readWhenShown();
        }
    });
    auto *label = new QLabel(tr("&Version:"), this);
    label->setBuddy(m_versions);
    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *header = new QHBoxLayout;
    header->addWidget(label);
    header->addWidget(m_versions);
    header->addStretch(1);
    header->addWidget(m_status);

    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setAccessibleName(tr("Evaluation metrics"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Split"), tr("Segment"), tr("Value"),
                                        tr("Production"), tr("Change"), tr("Release rule"),
                                        tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_empty->setObjectName(QStringLiteral("evaluationEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
}

void EvaluationTab::showModel(const ModelDetails &details)
{
    const bool sameModel = details.model.id == m_modelId;
    const qint64 chosen = sameModel ? currentVersionId() : 0;
    m_modelId = details.model.id;
    fillVersions(details);
    if (chosen == 0 || !choose(chosen)) {
        const ModelVersion *production = details.productionVersion();
        choose(production ? production->id
                          : (details.versions.empty() ? 0 : details.versions.front().id));
    }
    readWhenShown();
}

void EvaluationTab::fillVersions(const ModelDetails &details)
{
    m_filling = true;
    m_versions->clear();
    for (const ModelVersion &v : details.versions) {
        m_versions->addItem(tr("%1 · %2").arg(v.version.toString(), stageLabel(v.stage)), v.id);
    }
    m_versions->setEnabled(m_versions->count() > 0);
    m_filling = false;
}

void EvaluationTab::clear()
{
    dropReads();
    m_modelId = 0;
    m_filling = true;
    m_versions->clear();
    m_filling = false;
    showMessage(tr("No database is open."));
}

bool EvaluationTab::choose(qint64 versionId)
{
    const int index = m_versions->findData(versionId);
    if (index < 0) {
        return false;
    }
    m_filling = true;
    m_versions->setCurrentIndex(index);
    m_filling = false;
    return true;
}

bool EvaluationTab::selectVersion(qint64 versionId)
{
    if (!choose(versionId)) {
        return false;
    }
    readWhenShown();
    return true;
}

qint64 EvaluationTab::currentVersionId() const
{
    return m_versions->currentData().toLongLong();
}

void EvaluationTab::read()
{
    const qint64 versionId = currentVersionId();
    const Database *db = database();
    if (!db || versionId == 0) {
        showMessage(db ? tr("This model has no versions yet.") : tr("No database is open."));
        return;
    }
    m_status->setText(tr("Reading the metrics…"));
    readLatest<std::optional<EvaluationMatrix>>(
        [versionId](Database &worker) { return readEvaluationMatrix(worker, versionId); },
        [this](std::optional<EvaluationMatrix> matrix) {
            m_status->clear();
            if (matrix) {
                showMatrix(*matrix);
            } else {
                showMessage(tr("This version is not in the database any more."));
            }
            Q_EMIT loaded();
        },
        [this] { showMessage(tr("The metrics could not be read.")); });
}

void EvaluationTab::showMessage(const QString &text)
{
    m_status->clear();
    m_summary->clear();
    m_table->setRowCount(0);
    m_table->hide();
    m_empty->setText(text);
    m_empty->show();
}

void EvaluationTab::showMatrix(const EvaluationMatrix &matrix)
{
    QString summary
        = tr("Release rules of the tier %1 policy (version %2): accuracy on the test "
             "split of at least %3, and no accuracy loss of more than %4 % against "
             "the version in production.")
              .arg(matrix.policyTier)
              .arg(matrix.policyVersion)
              .arg(number(matrix.minAccuracy), QLocale().toString(matrix.maxRegressionPct, 'f', 1));
    summary += QLatin1Char(' ')
        + (matrix.isProduction ? tr("%1 is the version in production.").arg(matrix.version)
               : matrix.productionVersionId
               ? tr("Changes are against %1, in production.").arg(matrix.productionVersion)
               : tr("No version is in production to compare with."));
    const int failed = matrix.failedCount();
    if (failed > 0) {
        summary
            += QLatin1Char(' ') + tr("Metrics failing a rule: %1.").arg(QLocale().toString(failed));
    }
    m_summary->setText(summary);
    if (matrix.rows.empty()) {
        showMessage(tr("Version %1 has no evaluation metrics yet. Import evaluation results "
                       "(File › Import…) or let the pipeline record them.")
                        .arg(matrix.version));
        m_summary->setText(summary);
        return;
    }
    m_empty->hide();
    m_table->show();
    m_table->setRowCount(static_cast<int>(matrix.rows.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        fillRow(row, matrix.rows[static_cast<std::size_t>(row)], matrix.maxRegressionPct);
    }
    m_table->resizeColumnsToContents();
}

void EvaluationTab::fillRow(int row, const EvaluationMatrixRow &r, double maxRegressionPct)
{
    const QLocale locale;
    const auto set = [this, row](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column >= ValueColumn && column <= DeltaColumn) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_table->setItem(row, column, item);
        return item;
    };
    set(MetricColumn, r.metric);
    set(SplitColumn, r.split);
    set(SegmentColumn, r.segment);
    set(ValueColumn, number(r.value))
        ->setToolTip(tr("Values recorded: %1; the newest on %2")
                         .arg(locale.toString(r.measurements),
                              locale.toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat)));
    set(ProductionColumn, r.productionValue ? number(*r.productionValue) : QStringLiteral("—"));
    set(DeltaColumn,
        r.delta ? r.changePct
                ? tr("%1 (%2 %)").arg(signedNumber(*r.delta, 3), signedNumber(*r.changePct, 1))
                : signedNumber(*r.delta, 3)
                : QStringLiteral("—"));
    set(RuleColumn, ruleText(r, maxRegressionPct));
    QTableWidgetItem *result = set(ResultColumn, resultText(r));
    const bool failed = r.threshold == RuleResult::Failed || r.regression == RuleResult::Failed;
    result->setData(kFailedRole, failed);
    if (!result->text().isEmpty()) {
        const ChartColors colors = chartColors(palette());
        result->setForeground(failed ? colors.drift : colors.stable);
        QFont font = result->font();
        font.setBold(failed);
        result->setFont(font);
    }
}

} // namespace Quorum::Ui
