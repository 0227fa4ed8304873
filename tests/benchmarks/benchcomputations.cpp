// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcomputations.h"

#include "stats/binning.h"
#include "stats/distances.h"
#include "stats/driftanalysis.h"
#include "stats/samplereader.h"
#include "stats/sortsamples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace Quorum::Bench {

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write " + path.toStdString());
    }
}

QJsonObject numericResults(const SamplePair &pair)
{
    const KsPsi numbers = ksAndPsi(pair.reference, pair.current);
    return {
        {QStringLiteral("size"), double(pair.reference.size())},
        {QStringLiteral("ks_statistic"), numbers.ks.statistic},
        {QStringLiteral("ks_pvalue"), numbers.ks.pValue},
        {QStringLiteral("ks_exact"), numbers.ks.method == KsPValueMethod::Exact},
        {QStringLiteral("psi"), numbers.psi},
    };
}

QJsonObject chiSquareResults(const CodePair &pair)
{
    DriftOptions options;
    options.method = DriftMethod::ChiSquare;
    const DriftResult result
        = analyzeColumnDrift(codeColumn(pair.reference, pair.categories),
                             codeColumn(pair.current, pair.categories), options);
    return {
        {QStringLiteral("chi2_statistic"), result.statistic},
        {QStringLiteral("chi2_pvalue"), result.pValue.value_or(-1.0)},
    };
}

QJsonObject csvResults(const QString &csvPath, const QDir &directory)
{
    const SampleTable table = readSamples(csvPath, CsvOptions{});
    QJsonArray columns;
    for (const SampleColumn &column : table.columns) {
        columns.append(column.name);
        const auto *bytes = reinterpret_cast<const char *>(column.numbers.data());
        writeFile(directory.filePath(QStringLiteral("csv_%1.f64").arg(column.name)),
                  QByteArray(bytes, qsizetype(column.numbers.size() * sizeof(double))));
    }
    return {{QStringLiteral("rows"), double(table.rows)}, {QStringLiteral("columns"), columns}};
}

} // namespace

KsPsi ksAndPsi(std::span<const double> reference, std::span<const double> current)
{
    const std::vector<double> ref = sortedSamples(reference);
    const std::vector<double> cur = sortedSamples(current);
    KsPsi result;
    result.ks = ksTwoSampleSorted(ref, cur);
    const BinnedShares bins = quantileBins(ref, cur, kPsiBins);
    result.psi = populationStabilityIndex(bins.reference, bins.current);
    return result;
}

double psiOnly(std::span<const double> reference, std::span<const double> current)
{
    const BinnedShares bins
        = quantileBins(sortedSamples(reference), sortedSamples(current), kPsiBins);
    return populationStabilityIndex(bins.reference, bins.current);
}

SampleColumn codeColumn(std::span<const std::int32_t> codes, int categories)
{
    SampleColumn column;
    column.name = QStringLiteral("category");
    column.type = ColumnType::Categorical;
    column.codes.assign(codes.begin(), codes.end());
    for (int k = 0; k < categories; ++k) {
        column.categories.append(QStringLiteral("c%1").arg(k));
    }
    return column;
}

void writeResults(const BenchData &data, const QString &directory)
{
    const QDir dir(directory);
    QJsonObject sizes;
    for (const SamplePair &pair : data.samples) {
        QJsonObject entry = numericResults(pair);
        for (const CodePair &codes : data.codes) {
            if (codes.label == pair.label) {
                const QJsonObject chi = chiSquareResults(codes);
                for (auto it = chi.begin(); it != chi.end(); ++it) {
                    entry.insert(it.key(), it.value());
                }
            }
        }
        sizes.insert(pair.label, entry);
    }
    const QJsonObject root{{QStringLiteral("sizes"), sizes},
                           {QStringLiteral("csv"), csvResults(data.csvPath, dir)}};
    writeFile(dir.filePath(QStringLiteral("quorum_results.json")),
              QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Quorum::Bench
