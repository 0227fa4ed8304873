// SPDX-License-Identifier: GPL-3.0-or-later
// The Metrics and Model card sections of the compare dialog.
#include "compareformat.h"
#include "comparerows.h"
#include "comparetable.h"

#include <QCoreApplication>

namespace Quorum::Ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Quorum::Ui::CompareRows", text, nullptr, n);
}

QString cardChangeLabel(ModelCardFieldChange::Kind kind)
{
    switch (kind) {
    case ModelCardFieldChange::Kind::Added:
        return tr("Added");
    case ModelCardFieldChange::Kind::Removed:
        return tr("Removed");
    case ModelCardFieldChange::Kind::Changed:
        return tr("Changed");
    }
    return {};
}

QString revisionText(std::optional<int> revision)
{
    return revision ? tr("revision %1").arg(*revision) : tr("no card");
}

} // namespace

QStringList metricHeaders()
{
    return {tr("Metric"),    tr("Split"), tr("Segment"), tr("Baseline"),
            tr("Candidate"), tr("Δ"),     tr("Δ %"),     tr("Verdict")};
}

QStringList cardHeaders()
{
    return {tr("Change"), tr("Path"), tr("Before"), tr("After")};
}

QString fillMetricRows(CompareTable *table, const VersionComparison &c)
{
    table->clearRows();
    for (const MetricComparison &m : c.metrics) {
        table->addRow({CompareTable::textCell(m.metric), CompareTable::textCell(m.split),
                       CompareTable::textCell(m.segment),
                       CompareTable::numberCell(formatMetricValue(m.baseline), m.baseline),
                       CompareTable::numberCell(formatMetricValue(m.candidate), m.candidate),
                       CompareTable::numberCell(formatSignedValue(m.delta), m.delta),
                       CompareTable::numberCell(formatSignedPct(m.deltaPct), m.deltaPct),
                       CompareTable::textCell(metricVerdictText(m))},
                      m.isRegression() ? RowMark::Regression : RowMark::None);
    }
    table->finishRows();
    if (c.metrics.empty()) {
        return tr("Neither version has evaluation metrics.");
    }
    return tr("Latest value of each metric; a directional metric more than %1 worse than the "
              "baseline (relative to the baseline) is a regression, as in the release check.")
        .arg(formatAllowance(c.allowedRegressionPct));
}

QString fillCardRows(CompareTable *table, const VersionComparison &c)
{
    table->clearRows();
    for (const ModelCardFieldChange &change : c.cardChanges) {
        table->addRow({CompareTable::textCell(cardChangeLabel(change.kind)),
                       CompareTable::textCell(change.path), CompareTable::textCell(change.before),
                       CompareTable::textCell(change.after)});
    }
    table->finishRows();
    if (!c.baselineCardRevision && !c.candidateCardRevision) {
        return tr("Neither version has a model card.");
    }
    const QString revisions
        = tr("Baseline card: %1; candidate card: %2.")
              .arg(revisionText(c.baselineCardRevision), revisionText(c.candidateCardRevision));
    if (c.cardChanges.empty()) {
        return tr("%1 The cards are the same.").arg(revisions);
    }
    return QCoreApplication::translate("Quorum::Ui::CompareRows", "%1 %n field(s) differ.", nullptr,
                                       static_cast<int>(c.cardChanges.size()))
        .arg(revisions);
}

} // namespace Quorum::Ui
