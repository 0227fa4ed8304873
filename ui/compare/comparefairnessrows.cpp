// SPDX-License-Identifier: GPL-3.0-or-later
// The Fairness and Drift sections of the compare dialog.
#include "charts/chartvalues.h"
#include "compareformat.h"
#include "comparerows.h"
#include "comparetable.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace Quorum::Ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Quorum::Ui::CompareRows", text, nullptr, n);
}

QString summaryLabel(FairnessSummaryMetric metric)
{
    switch (metric) {
    case FairnessSummaryMetric::DemographicParityDifference:
        return tr("Demographic parity difference");
    case FairnessSummaryMetric::DemographicParityRatio:
        return tr("Demographic parity ratio");
    case FairnessSummaryMetric::DisparateImpact:
        return tr("Disparate impact ratio");
    case FairnessSummaryMetric::StatisticalParityDifference:
        return tr("Statistical parity difference");
    case FairnessSummaryMetric::EqualOpportunityDifference:
        return tr("Equal opportunity difference");
    case FairnessSummaryMetric::EqualizedOddsDifference:
        return tr("Equalized odds difference");
    case FairnessSummaryMetric::AverageOddsDifference:
        return tr("Average odds difference");
    }
    return {};
}

std::optional<double> difference(std::optional<double> before, std::optional<double> after)
{
    return before && after ? std::optional(*after - *before) : std::nullopt;
}

void addMeasure(CompareTable *table, const QString &attribute, const QString &group,
                const QString &measure, std::optional<double> before, std::optional<double> after,
                const QString &note = {})
{
    table->addRow({CompareTable::textCell(attribute), CompareTable::textCell(group),
                   CompareTable::textCell(measure),
                   CompareTable::numberCell(formatRate(before), before),
                   CompareTable::numberCell(formatRate(after), after),
                   CompareTable::numberCell(formatSignedValue(difference(before, after)),
                                            difference(before, after)),
                   CompareTable::textCell(note)});
}

std::optional<double> countOf(const std::optional<FairnessGroup> &g)
{
    return g ? std::optional(static_cast<double>(g->count)) : std::nullopt;
}

void addGroup(CompareTable *table, const FairnessAttributeComparison &a,
              const FairnessGroupComparison &g)
{
    using Rate = std::optional<double> FairnessGroup::*;
    const QString name = g.name == a.privilegedGroup ? tr("%1 (privileged)").arg(g.name) : g.name;
    const QString note = !g.baseline ? tr("Group missing in the baseline")
        : !g.candidate               ? tr("Group missing in the candidate")
                                     : QString();
    const auto before = countOf(g.baseline);
    const auto after = countOf(g.candidate);
    const QLocale locale;
    table->addRow(
        {CompareTable::textCell(a.attribute), CompareTable::textCell(name),
         CompareTable::textCell(tr("People")),
         CompareTable::numberCell(before ? locale.toString(*before, 'f', 0) : tr("—"), before),
         CompareTable::numberCell(after ? locale.toString(*after, 'f', 0) : tr("—"), after),
         CompareTable::numberCell(formatSignedValue(difference(before, after)),
                                  difference(before, after)),
         CompareTable::textCell(note)});
    const std::pair<QString, Rate> rates[] = {{tr("Selection rate"), &FairnessGroup::selectionRate},
                                              {tr("TPR"), &FairnessGroup::tpr},
                                              {tr("FPR"), &FairnessGroup::fpr},
                                              {tr("Precision"), &FairnessGroup::precision},
                                              {tr("Accuracy"), &FairnessGroup::accuracy}};
    for (const auto &[label, rate] : rates) {
        addMeasure(table, a.attribute, name, label,
                   g.baseline ? std::invoke(rate, *g.baseline) : std::nullopt,
                   g.candidate ? std::invoke(rate, *g.candidate) : std::nullopt, note);
    }
}

void addFlags(CompareTable *table, const FairnessAttributeComparison &a)
{
    const auto before = static_cast<double>(a.baselineFlags.size());
    const auto after = static_cast<double>(a.candidateFlags.size());
    const QString note = a.candidateFlags.isEmpty()
        ? QString()
        : tr("Candidate: %1").arg(a.candidateFlags.join(QStringLiteral("; ")));
    const QLocale locale;
    table->addRow({CompareTable::textCell(a.attribute), CompareTable::textCell(tr("All groups")),
                   CompareTable::textCell(tr("Fairness flags")),
                   CompareTable::numberCell(locale.toString(before, 'f', 0), before),
                   CompareTable::numberCell(locale.toString(after, 'f', 0), after),
                   CompareTable::numberCell(formatSignedValue(after - before), after - before),
                   CompareTable::textCell(note)},
                  a.candidateFlags.isEmpty() ? RowMark::None : RowMark::Caution);
}

std::vector<CompareCell> readingCells(const std::optional<DriftReading> &r)
{
    if (!r) {
        return {CompareTable::textCell(tr("not observed")), CompareTable::numberCell(tr("—"), {}),
                CompareTable::textCell(tr("—"))};
    }
    return {CompareTable::textCell(formatWindow(r->windowStart, r->windowEnd)),
            CompareTable::numberCell(formatDriftValue(r->value), r->value),
            CompareTable::textCell(driftStatusLabel(r->status))};
}

} // namespace

QStringList fairnessHeaders()
{
    return {tr("Attribute"), tr("Group"), tr("Measure"), tr("Baseline"),
            tr("Candidate"), tr("Δ"),     tr("Note")};
}

QStringList driftHeaders()
{
    return {tr("Feature"),         tr("Statistic"),       tr("Baseline window"),
            tr("Baseline value"),  tr("Baseline status"), tr("Candidate window"),
            tr("Candidate value"), tr("Candidate status")};
}

QString fillFairnessRows(CompareTable *table, const VersionComparison &c)
{
    table->clearRows();
    for (const FairnessAttributeComparison &a : c.fairness) {
        for (const FairnessGroupComparison &g : a.groups) {
            addGroup(table, a, g);
        }
        for (const FairnessSummaryComparison &s : a.summary) {
            addMeasure(table, a.attribute, tr("All groups"), summaryLabel(s.metric), s.baseline,
                       s.candidate);
        }
        addFlags(table, a);
    }
    table->finishRows();
    return c.fairness.empty() ? tr("Neither version has a fairness report.")
                              : tr("The newest report of each protected attribute; groups are "
                                   "matched by name.");
}

QString fillDriftRows(CompareTable *table, const VersionComparison &c)
{
    table->clearRows();
    for (const DriftComparison &d : c.drift) {
        std::vector<CompareCell> cells{CompareTable::textCell(d.feature),
                                       CompareTable::textCell(d.statistic)};
        for (auto &&cell : readingCells(d.baseline)) {
            cells.push_back(std::move(cell));
        }
        for (auto &&cell : readingCells(d.candidate)) {
            cells.push_back(std::move(cell));
        }
        table->addRow(cells, d.isWorse() ? RowMark::Caution : RowMark::None);
    }
    table->finishRows();
    return c.drift.empty() ? tr("Neither version has drift observations.")
                           : tr("The latest window of each feature and statistic; a row whose "
                                "status got worse is marked.");
}

} // namespace Quorum::Ui
