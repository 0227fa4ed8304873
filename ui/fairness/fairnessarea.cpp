// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnessarea.h"

#include "charts/chartstyle.h"
#include "charts/fairnesschartview.h"
#include "fairness/fairnesstables.h"
#include "storage/fairnessrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

// The newest report of each attribute (the repository lists them by attribute, newest first).
std::vector<FairnessArea::AttributeReport> newestPerAttribute(std::vector<FairnessReport> all)
{
    std::vector<FairnessArea::AttributeReport> out;
    for (const FairnessReport &r : all) {
        const bool seen = std::any_of(out.begin(), out.end(), [&r](const auto &known) {
            return known.data.attribute == r.protectedAttribute;
        });
        if (!seen) {
            out.push_back({fairnessChartData(r), r.split, r.source, r.recordedAt});
        }
    }
    return out;
}

std::optional<int> flagCount(Database &db, qint64 versionId)
{
    const std::vector<FairnessReport> reports = FairnessRepository(db).forVersion(versionId);
    if (reports.empty()) {
        return std::nullopt;
    }
    int flags = 0;
    for (const auto &report : newestPerAttribute(reports)) {
        flags += report.data.flagCount();
    }
    return flags;
}

QLabel *sectionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FairnessArea::FairnessArea(QWidget *parent)
    : ChartArea({tr("Fairness"), tr("Reading the versions with fairness reports…"),
                 tr("No version has a fairness report yet. Import fairness results or compute "
                    "them from prediction samples."),
                 tr("The fairness reports could not be read.")},
                FirstChoice::NeedsAttention, flagCount, parent)
{
    setObjectName(QStringLiteral("fairnessArea"));
    addHeaderWidget(createAttributeChooser());
    setBody(createBody());
    clear();
}

QWidget *FairnessArea::createAttributeChooser()
{
    auto *chooser = new QWidget;
    m_attributes = new QComboBox;
    m_attributes->setObjectName(QStringLiteral("attributeChooser"));
    m_attributes->setAccessibleName(tr("Protected attribute"));
    m_attributes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_attributes, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling) {
            showAttribute(index);
        }
    });
    auto *label = new QLabel(tr("&Attribute:"));
    label->setBuddy(m_attributes);
    auto *layout = new QHBoxLayout(chooser);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_attributes);
    return chooser;
}

QWidget *FairnessArea::createBody()
{
    m_chart = new FairnessChartView;
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("fairnessCaption"));
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *chartPane = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_caption);

    m_flags = new QLabel;
    m_flags->setObjectName(QStringLiteral("fairnessFlags"));
    m_flags->setWordWrap(true);
    QFont flagFont = m_flags->font();
    flagFont.setBold(true);
    m_flags->setFont(flagFont);
    m_summary = createSummaryTable();
    m_groups = createGroupTable();
    auto *tablePane = new QWidget;
    auto *tables = new QVBoxLayout(tablePane);
    tables->setContentsMargins(0, 0, 0, 0);
    tables->addWidget(m_flags);
    tables->addWidget(sectionLabel(tr("Summary metrics")));
    tables->addWidget(m_summary);
    tables->addSpacing(8);
    tables->addWidget(sectionLabel(tr("Group sizes and rates")));
    tables->addWidget(m_groups);
    tables->addStretch(1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(chartPane);
    split->addWidget(tablePane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 620});
    return split;
}

void FairnessArea::loadVersion(qint64 versionId)
{
    const ChartedVersion *v = chooser()->current();
    readVersion<std::vector<AttributeReport>>(
        v ? tr("Reading the fairness of %1 %2…").arg(v->modelName, v->version) : QString(),
        [versionId](Database &worker) {
            return newestPerAttribute(FairnessRepository(worker).forVersion(versionId));
        },
        [this](std::vector<AttributeReport> reports) { setReports(std::move(reports)); });
}

void FairnessArea::setReports(std::vector<AttributeReport> reports)
{
    m_reports = std::move(reports);
    m_filling = true;
    m_attributes->clear();
    int preferred = -1;
    for (const AttributeReport &r : m_reports) {
        const int flags = r.data.flagCount();
        const QString count = flags == 1 ? tr("1 flag") : tr("%1 flags").arg(flags);
        m_attributes->addItem(flags > 0 ? tr("%1 (%2)").arg(r.data.attribute, count)
                                        : r.data.attribute,
                              r.data.attribute);
        if (preferred < 0 && flags > 0) {
            preferred = m_attributes->count() - 1;
        }
    }
    m_filling = false;
    m_attributes->setEnabled(!m_reports.empty());
    // The attribute shown before, else the first flagged one, else the first.
    const int previous = m_attributes->findData(m_attribute);
    const int index = previous >= 0 ? previous : std::max(preferred, 0);
    m_attributes->setCurrentIndex(m_reports.empty() ? -1 : index);
    showAttribute(m_attributes->currentIndex());
}

bool FairnessArea::selectAttribute(const QString &attribute)
{
    const int index = m_attributes->findData(attribute);
    if (index >= 0) {
        m_attributes->setCurrentIndex(index);
    }
    return index >= 0;
}

void FairnessArea::showAttribute(int index)
{
    if (index < 0 || index >= static_cast<int>(m_reports.size())) {
        m_chart->clear(tr("No fairness report"));
        m_summary->setRowCount(0);
        m_groups->setRowCount(0);
        m_flags->clear();
        m_caption->clear();
        return;
    }
    const AttributeReport &r = m_reports[static_cast<std::size_t>(index)];
    m_attribute = r.data.attribute;
    m_chart->setData(r.data);
    fillSummaryTable(m_summary, r.data);
    fillGroupTable(m_groups, r.data);
    const QLocale locale;
    QString caption = r.data.fourFifthsLine
        ? tr("Dashed line: the four-fifths line, 0.8 × the selection rate of the privileged "
             "group %1 = %2. A group selected below it shows disparate impact.")
              .arg(r.data.privilegedGroup, locale.toString(*r.data.fourFifthsLine, 'f', 3))
        : tr("No four-fifths line: the privileged group %1 has no selection rate of its own.")
              .arg(r.data.privilegedGroup);
    caption += QLatin1Char(' ')
        + tr("Report of %1, %2 split, %3 people; %4.")
              .arg(locale.toString(r.recordedAt.toLocalTime().date(), QLocale::ShortFormat),
                   r.split, locale.toString(r.data.totalCount), r.source);
    m_caption->setText(caption);
    const int flags = r.data.flagCount();
    if (flags == 0) {
        m_flags->setText(tr("✓ No fairness flags for %1.").arg(r.data.attribute));
    } else {
        m_flags->setText(
            flags == 1
                ? tr("⚠ 1 fairness flag for %1.").arg(r.data.attribute)
                : tr("⚠ %1 fairness flags for %2.").arg(QString::number(flags), r.data.attribute));
    }
    const ChartColors colors = chartColors(palette());
    QPalette flagPalette = m_flags->palette();
    flagPalette.setColor(QPalette::WindowText, flags == 0 ? colors.stable : colors.drift);
    m_flags->setPalette(flagPalette);
}

void FairnessArea::showEmpty(const QString &message)
{
    m_reports.clear();
    m_filling = true;
    m_attributes->clear();
    m_filling = false;
    m_attributes->setEnabled(false);
    showAttribute(-1);
    m_chart->clear(message);
}

} // namespace Quorum::Ui
