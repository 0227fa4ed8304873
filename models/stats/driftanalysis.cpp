// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftanalysis.h"

#include "chisquare.h"
#include "distances.h"
#include "kolmogorovsmirnov.h"
#include "sortsamples.h"
#include "statserror.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Quorum {

namespace {

constexpr int kEvidentlyValueBins = 20;  // up to this many distinct numbers: one bin per value
constexpr double kMinimumStdDev = 0.001; // Evidently's floor for the Wasserstein norm

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::DriftAnalysis", text);
}

struct CategoryCounts
{
    QStringList labels;
    std::vector<std::int64_t> reference;
    std::vector<std::int64_t> current;
};

QString numberLabel(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Adds the column's values to the union of labels, counting them on one side.
void countColumn(const SampleColumn &column, QHash<QString, int> &index, CategoryCounts &counts,
                 std::vector<std::int64_t> CategoryCounts::*side)
{
    const auto countLabel = [&](const QString &label) {
        auto it = index.find(label);
        if (it == index.end()) {
            it = index.insert(label, int(counts.labels.size()));
            counts.labels.append(label);
            counts.reference.push_back(0);
            counts.current.push_back(0);
        }
        ++(counts.*side)[std::size_t(it.value())];
    };
    if (column.type == ColumnType::Numeric) {
        for (double v : column.numbers) {
            countLabel(numberLabel(v));
        }
        return;
    }
    std::vector<std::int64_t> perCode(std::size_t(column.categories.size()), 0);
    for (auto code : column.codes) {
        ++perCode[std::size_t(code)];
    }
    for (qsizetype i = 0; i < column.categories.size(); ++i) {
        if (perCode[std::size_t(i)] > 0) {
            const QString label = column.categories.at(i);
            auto it = index.find(label);
            if (it == index.end()) {
                it = index.insert(label, int(counts.labels.size()));
                counts.labels.append(label);
                counts.reference.push_back(0);
                counts.current.push_back(0);
            }
            (counts.*side)[std::size_t(it.value())] += perCode[std::size_t(i)];
        }
    }
}

void applyShareStatistic(DriftResult &result)
{
    switch (result.method) {
    case DriftMethod::Psi:
        result.statistic = populationStabilityIndex(result.bins.reference, result.bins.current);
        break;
    case DriftMethod::JensenShannon:
        result.statistic = jensenShannonDistance(result.bins.reference, result.bins.current);
        break;
    case DriftMethod::Hellinger:
        result.statistic = hellingerDistance(result.bins.reference, result.bins.current);
        break;
    case DriftMethod::ChiSquare: {
        const auto chi = chiSquareTest(result.bins.referenceCounts, result.bins.currentCounts);
        result.statistic = chi.statistic;
        result.pValue = chi.pValue;
        break;
    }
    default:
        break;
    }
}

void analyzeCategories(const SampleColumn &reference, const SampleColumn &current,
                       DriftResult &result, const DriftOptions &options)
{
    CategoryCounts counts;
    QHash<QString, int> index;
    countColumn(reference, index, counts, &CategoryCounts::reference);
    const auto referenceDistinct = std::int64_t(counts.labels.size());
    countColumn(current, index, counts, &CategoryCounts::current);
    result.type = ColumnType::Categorical;
    result.method = options.method == DriftMethod::Auto
        ? chooseDriftMethod(ColumnType::Categorical, result.referenceSize, referenceDistinct)
        : options.method;
    if (result.method == DriftMethod::KolmogorovSmirnov
        || result.method == DriftMethod::Wasserstein) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         tr("Column '%1' is categorical; %2 applies to numeric columns only. "
                            "Choose another method (psi, chi2, js, hellinger or auto).")
                             .arg(result.column, driftMethodKey(result.method)));
    }
    result.bins = categoryBins(counts.labels, counts.reference, counts.current);
    applyShareStatistic(result);
}

void analyzeNumbers(const SampleColumn &reference, const SampleColumn &current, DriftResult &result,
                    const DriftOptions &options)
{
    const auto ref = sortedSamples(reference.numbers);
    const auto cur = sortedSamples(current.numbers);
    const auto distinct = distinctCount(ref);
    result.type = ColumnType::Numeric;
    result.method = options.method == DriftMethod::Auto
        ? chooseDriftMethod(ColumnType::Numeric, result.referenceSize, distinct)
        : options.method;
    switch (result.method) {
    case DriftMethod::KolmogorovSmirnov: {
        const auto ks = ksTwoSampleSorted(ref, cur);
        result.statistic = ks.statistic;
        result.pValue = ks.pValue;
        result.bins = quantileBins(ref, cur, options.bins);
        return;
    }
    case DriftMethod::Wasserstein:
        result.statistic
            = wassersteinDistance(ref, cur) / std::max(populationStdDev(ref), kMinimumStdDev);
        result.bins = quantileBins(ref, cur, options.bins);
        return;
    case DriftMethod::Psi:
        result.bins
            = distinct <= options.bins ? valueBins(ref, cur) : quantileBins(ref, cur, options.bins);
        break;
    case DriftMethod::ChiSquare:
        result.bins = valueBins(ref, cur);
        break;
    default:
        result.bins = distinct <= kEvidentlyValueBins ? valueBins(ref, cur) : sturgesBins(ref, cur);
        break;
    }
    applyShareStatistic(result);
}

} // namespace

DriftResult analyzeColumnDrift(const SampleColumn &reference, const SampleColumn &current,
                               const DriftOptions &options)
{
    DriftResult result;
    result.column = reference.name;
    result.referenceSize = reference.size();
    result.currentSize = current.size();
    result.referenceMissing = reference.missing;
    result.currentMissing = current.missing;
    if (result.referenceSize == 0 || result.currentSize == 0) {
        throw StatsError(
            StatsErrorKind::InvalidInput,
            tr("Column '%1' has no values in the %2 sample: every row is missing.")
                .arg(reference.name, result.referenceSize == 0 ? tr("reference") : tr("current")));
    }
    if (options.bins < 2) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         tr("PSI needs at least 2 bins; %1 were asked for.").arg(options.bins));
    }
    if (reference.type == ColumnType::Numeric && current.type == ColumnType::Numeric) {
        analyzeNumbers(reference, current, result, options);
    } else {
        analyzeCategories(reference, current, result, options);
    }
    result.direction = driftDirection(result.method);
    result.threshold = options.threshold.value_or(defaultDriftThreshold(result.method));
    result.drift = result.direction == DriftDirection::PValueBelow
        ? result.pValue.value_or(1.0) < result.threshold
        : result.statistic >= result.threshold;
    return result;
}

std::vector<DriftResult> analyzeDrift(const SampleTable &reference, const SampleTable &current,
                                      const DriftOptions &options)
{
    std::vector<DriftResult> results;
    for (const auto &column : reference.columns) {
        const SampleColumn *other = current.column(column.name);
        if (!other) {
            throw StatsError(StatsErrorKind::Column,
                             tr("%1: no column named '%2', which the reference sample %3 has.")
                                 .arg(current.path, column.name, reference.path));
        }
        results.push_back(analyzeColumnDrift(column, *other, options));
    }
    return results;
}

} // namespace Quorum
