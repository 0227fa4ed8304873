// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnesscounts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::FairnessAnalysis", text);
}

std::optional<double> ratio(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0) {
        return std::nullopt;
    }
    return double(numerator) / double(denominator);
}

using Rate = std::optional<double> (GroupCounts::*)() const;

// max − min of a rate over the groups where it is defined; nullopt when fewer than two are.
std::optional<double> spread(const std::vector<GroupCounts> &groups, Rate rate)
{
    std::optional<double> low;
    std::optional<double> high;
    int defined = 0;
    for (const auto &g : groups) {
        if (const auto value = (g.*rate)()) {
            low = low ? std::min(*low, *value) : *value;
            high = high ? std::max(*high, *value) : *value;
            ++defined;
        }
    }
    if (defined < 2) {
        return std::nullopt;
    }
    return *high - *low;
}

void setOrExplain(FairnessSummary &summary, const QString &name, std::optional<double> value,
                  const QString &reason)
{
    summary.values[name] = value;
    if (!value) {
        summary.undefinedReasons[name] = reason;
    }
}

void addAif360(FairnessSummary &s, const GroupCounts &u, const GroupCounts &p)
{
    const auto su = u.selectionRate();
    const auto sp = p.selectionRate();
    const QString noRows = tr("the privileged or the unprivileged group has no rows");
    setOrExplain(s, QStringLiteral("statistical_parity_difference"),
                 su && sp ? std::optional(*su - *sp) : std::nullopt, noRows);
    std::optional<double> di;
    if (su && sp && *sp > 0.0) {
        di = *su / *sp;
    }
    setOrExplain(s, QStringLiteral("disparate_impact"), di,
                 su && sp ? tr("the privileged group's selection rate is 0, so the ratio is "
                               "undefined")
                          : noRows);
    const auto tu = u.tpr();
    const auto tp = p.tpr();
    const QString noPositives = tr("the privileged or the unprivileged group has no rows with "
                                   "the favourable label, so its true positive rate is "
                                   "undefined");
    setOrExplain(s, QStringLiteral("equal_opportunity_difference"),
                 tu && tp ? std::optional(*tu - *tp) : std::nullopt, noPositives);
    const auto fu = u.fpr();
    const auto fp = p.fpr();
    std::optional<double> aod;
    if (tu && tp && fu && fp) {
        aod = ((*fu - *fp) + (*tu - *tp)) / 2.0;
    }
    setOrExplain(s, QStringLiteral("average_odds_difference"), aod,
                 tu && tp ? tr("the privileged or the unprivileged group has no rows with the "
                               "unfavourable label, so its false positive rate is undefined")
                          : noPositives);
}

void addFairlearn(FairnessSummary &s, const std::vector<GroupCounts> &groups)
{
    const QString fewGroups = tr("fewer than two groups have rows");
    setOrExplain(s, QStringLiteral("demographic_parity_difference"),
                 spread(groups, &GroupCounts::selectionRate), fewGroups);
    std::optional<double> low;
    std::optional<double> high;
    for (const auto &g : groups) {
        if (const auto rate = g.selectionRate()) {
            low = low ? std::min(*low, *rate) : *rate;
            high = high ? std::max(*high, *rate) : *rate;
        }
    }
    std::optional<double> dpr;
    if (low && high && *high > 0.0) {
        dpr = *low / *high;
    }
    setOrExplain(s, QStringLiteral("demographic_parity_ratio"), dpr,
                 high ? tr("no group has a favourable prediction, so the ratio is undefined")
                      : fewGroups);
    const auto tprSpread = spread(groups, &GroupCounts::tpr);
    const auto fprSpread = spread(groups, &GroupCounts::fpr);
    std::optional<double> eod;
    if (tprSpread && fprSpread) {
        eod = std::max(*tprSpread, *fprSpread);
    }
    setOrExplain(s, QStringLiteral("equalized_odds_difference"), eod,
                 tr("fewer than two groups have both favourable and unfavourable labels"));
}

} // namespace

void GroupCounts::add(const FairnessRow &row)
{
    ++n;
    if (row.label) {
        row.prediction ? ++tp : ++fn;
    } else {
        row.prediction ? ++fp : ++tn;
    }
    if (!std::isnan(row.score)) {
        const double y = row.label ? 1.0 : 0.0;
        brierSum += (row.score - y) * (row.score - y);
        ++scored;
    }
}

void GroupCounts::add(const GroupCounts &o)
{
    n += o.n;
    tp += o.tp;
    fp += o.fp;
    tn += o.tn;
    fn += o.fn;
    brierSum += o.brierSum;
    scored += o.scored;
}

std::optional<double> GroupCounts::selectionRate() const
{
    return ratio(tp + fp, n);
}
std::optional<double> GroupCounts::tpr() const
{
    return ratio(tp, tp + fn);
}
std::optional<double> GroupCounts::fpr() const
{
    return ratio(fp, fp + tn);
}
std::optional<double> GroupCounts::precision() const
{
    return ratio(tp, tp + fp);
}
std::optional<double> GroupCounts::accuracy() const
{
    return ratio(tp + tn, n);
}

std::optional<double> GroupCounts::brier() const
{
    if (scored == 0) {
        return std::nullopt;
    }
    return brierSum / double(scored);
}

std::vector<GroupCounts> countGroups(const std::vector<FairnessRow> &rows, int groups,
                                     const std::vector<std::uint32_t> *picks)
{
    std::vector<GroupCounts> counts(static_cast<std::size_t>(groups));
    if (picks) {
        for (auto i : *picks) {
            counts[std::size_t(rows[i].group)].add(rows[i]);
        }
    } else {
        for (const auto &row : rows) {
            counts[std::size_t(row.group)].add(row);
        }
    }
    return counts;
}

FairnessGroup toFairnessGroup(const QString &name, const GroupCounts &c)
{
    FairnessGroup g;
    g.name = name;
    g.count = c.n;
    g.truePositives = c.tp;
    g.falsePositives = c.fp;
    g.trueNegatives = c.tn;
    g.falseNegatives = c.fn;
    g.selectionRate = c.selectionRate();
    g.tpr = c.tpr();
    g.fpr = c.fpr();
    g.precision = c.precision();
    g.accuracy = c.accuracy();
    g.brier = c.brier();
    return g;
}

FairnessSummary summarize(const std::vector<GroupCounts> &groups,
                          const std::vector<bool> &privileged)
{
    GroupCounts pooledPrivileged;
    GroupCounts pooledUnprivileged;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        (privileged[i] ? pooledPrivileged : pooledUnprivileged).add(groups[i]);
    }
    FairnessSummary summary;
    addAif360(summary, pooledUnprivileged, pooledPrivileged);
    addFairlearn(summary, groups);
    return summary;
}

void storeSummary(FairnessReport &report, const FairnessSummary &summary)
{
    const auto metric = [&summary](const char *name) {
        const auto it = summary.values.find(QString::fromLatin1(name));
        return it == summary.values.end() ? std::nullopt : it->second;
    };
    report.demographicParityDifference = metric("demographic_parity_difference");
    report.demographicParityRatio = metric("demographic_parity_ratio");
    report.disparateImpact = metric("disparate_impact");
    report.statisticalParityDifference = metric("statistical_parity_difference");
    report.equalOpportunityDifference = metric("equal_opportunity_difference");
    report.equalizedOddsDifference = metric("equalized_odds_difference");
    report.averageOddsDifference = metric("average_odds_difference");
}

QStringList fairnessFlags(const std::map<QString, std::optional<double>> &summary,
                          double fourFifths, std::optional<double> maxParityGap)
{
    QStringList flags;
    const auto value = [&summary](const char *name) {
        const auto it = summary.find(QString::fromLatin1(name));
        return it == summary.end() ? std::nullopt : it->second;
    };
    for (const char *name : {"disparate_impact", "demographic_parity_ratio"}) {
        if (const auto v = value(name); v && *v < fourFifths) {
            flags.append(tr("%1 %2 < %3 (four-fifths rule)")
                             .arg(QString::fromLatin1(name), QString::number(*v, 'f', 4))
                             .arg(fourFifths));
        }
    }
    if (!maxParityGap) {
        return flags;
    }
    for (const char *name : {"statistical_parity_difference", "equal_opportunity_difference",
                             "average_odds_difference", "demographic_parity_difference",
                             "equalized_odds_difference"}) {
        if (const auto v = value(name); v && std::abs(*v) > *maxParityGap) {
            flags.append(tr("%1 %2 beyond ±%3 (policy threshold)")
                             .arg(QString::fromLatin1(name), QString::number(*v, 'f', 4))
                             .arg(*maxParityGap));
        }
    }
    return flags;
}

} // namespace Quorum::Internal
