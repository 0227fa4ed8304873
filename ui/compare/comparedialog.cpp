// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "compare/compareversions.h"
#include "compareformat.h"
#include "comparerows.h"
#include "comparetable.h"
#include "storage/versionrepository.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

// The sections, in tab order; indexes into m_tables and m_notes.
constexpr std::size_t kMetrics = 0;
constexpr std::size_t kFairness = 1;
constexpr std::size_t kDrift = 2;
constexpr std::size_t kModelCard = 3;

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

/// What one background read hands the dialog.
struct CompareDialog::Snapshot
{
    VersionComparison comparison;
    std::vector<ModelVersion> versions; ///< the model's, newest first
};

CompareDialog::CompareDialog(const Database &db, qint64 candidateId, qint64 baselineId,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_candidatePicker(new QComboBox(this))
    , m_baselinePicker(new QComboBox(this))
    , m_swap(new QPushButton(tr("&Swap"), this))
    , m_baselineNote(wrappedLabel(QStringLiteral("baselineNote"), this))
    , m_summary(wrappedLabel(QStringLiteral("compareSummary"), this))
    , m_sections(new QTabWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare versions"));
    setModal(false);
    setSizeGripEnabled(true);
    resize(1040, 640);
    new QVBoxLayout(this); // filled by the build functions, top to bottom
    buildHeader();
    buildSections();
    buildButtons();
    setTabOrder(m_candidatePicker, m_swap);
    setTabOrder(m_swap, m_baselinePicker);
    setTabOrder(m_baselinePicker, m_sections);
    compare(candidateId, baselineId > 0 ? std::optional(baselineId) : std::nullopt);
}

void CompareDialog::buildHeader()
{
    m_candidatePicker->setObjectName(QStringLiteral("candidatePicker"));
    m_candidatePicker->setAccessibleName(tr("Candidate version"));
    m_baselinePicker->setObjectName(QStringLiteral("baselinePicker"));
    m_baselinePicker->setAccessibleName(tr("Baseline version"));
    m_baselinePicker->setPlaceholderText(tr("No baseline"));
    m_swap->setObjectName(QStringLiteral("swapVersions"));
    m_swap->setAccessibleName(tr("Swap candidate and baseline"));
    m_swap->setToolTip(tr("Swap candidate and baseline (Alt+S)"));
    auto *candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(m_candidatePicker);
    auto *baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baselinePicker);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(candidateLabel);
    pickers->addWidget(m_candidatePicker, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(baselineLabel);
    pickers->addWidget(m_baselinePicker, 1);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->addLayout(pickers);
    box->addWidget(m_baselineNote);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    box->addWidget(m_summary);
    connect(m_candidatePicker, &QComboBox::activated, this, &CompareDialog::candidatePicked);
    connect(m_baselinePicker, &QComboBox::activated, this, &CompareDialog::baselinePicked);
    connect(m_swap, &QPushButton::clicked, this, &CompareDialog::swapVersions);
}

void CompareDialog::buildSections()
{
    m_sections->setObjectName(QStringLiteral("compareSections"));
    m_sections->setAccessibleName(tr("Comparison sections"));
    const std::array<QString, 4> names{QStringLiteral("metricsTable"),
                                       QStringLiteral("fairnessTable"),
                                       QStringLiteral("driftTable"), QStringLiteral("cardTable")};
    const std::array<QString, 4> accessible{tr("Metric deltas"), tr("Fairness per group"),
                                            tr("Drift status"), tr("Model card changes")};
    const std::array<QStringList, 4> headers{metricHeaders(), fairnessHeaders(), driftHeaders(),
                                             cardHeaders()};
    const std::array<QString, 4> titles{tr("&Metrics"), tr("&Fairness"), tr("&Drift"),
                                        tr("Model ca&rd")};
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        auto *page = new QWidget(m_sections);
        m_notes[i] = wrappedLabel(names[i] + QStringLiteral("Note"), page);
        m_notes[i]->setForegroundRole(QPalette::PlaceholderText);
        m_tables[i] = new CompareTable(names[i], accessible[i], headers[i], page);
        auto *column = new QVBoxLayout(page);
        column->addWidget(m_notes[i]);
        column->addWidget(m_tables[i], 1);
        m_sections->addTab(page, titles[i]);
    }
    static_cast<QVBoxLayout *>(layout())->addWidget(m_sections, 1);
}

void CompareDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("C&opy rows"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setAccessibleName(tr("Copy the selected rows"));
    auto *copy = new QAction(tr("Copy the selected rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text (%1)")
                           .arg(copy->shortcut().toString(QKeySequence::NativeText)));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(copy, &QAction::triggered, this, &CompareDialog::copySelectedRows);
    connect(m_copy, &QPushButton::clicked, this, &CompareDialog::copySelectedRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    static_cast<QVBoxLayout *>(layout())->addWidget(buttons);
}

void CompareDialog::compare(qint64 candidateId, std::optional<qint64> baselineId)
{
    const int generation = ++m_generation;
    m_busy = true;
    m_summary->setText(tr("Reading the comparison…"));
    readInBackground<Snapshot>(
        this, m_db,
        [candidateId, baselineId](Database &db) {
            Snapshot s{compareVersions(db, candidateId, baselineId), {}};
            s.versions = VersionRepository(db).forModel(s.comparison.model.id);
            return s;
        },
        [this, generation](Snapshot snapshot) {
            if (generation == m_generation) {
                display(snapshot);
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation != m_generation) {
                return;
            }
            m_busy = false;
            m_summary->setText(failure.message);
            Q_EMIT readFailed(failure.message, failure.detail);
        });
}

void CompareDialog::display(const Snapshot &snapshot)
{
    m_comparison = snapshot.comparison;
    const VersionComparison &c = *m_comparison;
    setWindowTitle(tr("Compare versions of %1")
                       .arg(c.model.displayName.isEmpty() ? c.model.name : c.model.displayName));
    fillPickers(snapshot.versions);
    m_swap->setEnabled(c.baseline.has_value());
    m_baselineNote->setText(baselineSentence(c));
    m_summary->setText(regressionSummary(c));
    showSections();
    m_busy = false;
    Q_EMIT loaded();
}

void CompareDialog::showSections()
{
    const VersionComparison &c = *m_comparison;
    m_notes[kMetrics]->setText(fillMetricRows(m_tables[kMetrics], c));
    m_notes[kFairness]->setText(fillFairnessRows(m_tables[kFairness], c));
    m_notes[kDrift]->setText(fillDriftRows(m_tables[kDrift], c));
    m_notes[kModelCard]->setText(fillCardRows(m_tables[kModelCard], c));
    const int regressions = c.regressionCount();
    m_sections->setTabText(static_cast<int>(kMetrics),
                           regressions > 0 ? tr("&Metrics (%n regression(s))", nullptr, regressions)
                                           : tr("&Metrics"));
}

void CompareDialog::fillPickers(const std::vector<ModelVersion> &versions)
{
    const QSignalBlocker candidateBlock(m_candidatePicker);
    const QSignalBlocker baselineBlock(m_baselinePicker);
    m_candidatePicker->clear();
    m_baselinePicker->clear();
    for (const ModelVersion &v : versions) {
        m_candidatePicker->addItem(versionLabel(v), v.id);
        m_baselinePicker->addItem(versionLabel(v), v.id);
    }
    m_candidatePicker->setCurrentIndex(m_candidatePicker->findData(m_comparison->candidate.id));
    m_baselinePicker->setCurrentIndex(
        m_comparison->baseline ? m_baselinePicker->findData(m_comparison->baseline->id) : -1);
}

void CompareDialog::candidatePicked()
{
    const qint64 candidate = m_candidatePicker->currentData().toLongLong();
    const bool keepBaseline = m_comparison && m_comparison->baseline
        && m_comparison->baselineKind == BaselineKind::Chosen
        && m_comparison->baseline->id != candidate;
    compare(candidate, keepBaseline ? std::optional(m_comparison->baseline->id) : std::nullopt);
}

void CompareDialog::baselinePicked()
{
    if (!m_comparison) {
        return;
    }
    const qint64 baseline = m_baselinePicker->currentData().toLongLong();
    if (baseline == m_comparison->candidate.id) {
        swapVersions(); // picking the candidate as baseline turns the two around
        return;
    }
    compare(m_comparison->candidate.id, baseline);
}

void CompareDialog::swapVersions()
{
    if (!m_comparison || !m_comparison->baseline) {
        return;
    }
    compare(m_comparison->baseline->id, m_comparison->candidate.id);
}

void CompareDialog::copySelectedRows()
{
    const QString tsv
        = m_tables[static_cast<std::size_t>(m_sections->currentIndex())]->selectedRowsAsTsv();
    if (!tsv.isEmpty()) {
        QApplication::clipboard()->setText(tsv);
    }
}

} // namespace Quorum::Ui
