// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnessanalysis.h"

#include "fairnesscounts.h"
#include "statserror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace Quorum {

using Internal::FairnessRow;
using Internal::GroupCounts;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::FairnessAnalysis", text);
}

QString numberLabel(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

const SampleColumn &requireColumn(const SampleTable &table, const QString &name, const char *role)
{
    const SampleColumn *column = table.column(name);
    if (!column) {
        throw StatsError(StatsErrorKind::Column,
                         tr("%1: no column named '%2' for the %3.")
                             .arg(table.path, name, QString::fromUtf8(role)));
    }
    return *column;
}

/// Walks a column row by row, skipping its missing rows.
class ColumnCursor
{
public:
    explicit ColumnCursor(const SampleColumn &column)
        : m_column(column)
    {}

    /// The index into numbers/codes of data row @p row, or -1 when it is missing. Rows must be
    /// asked in ascending order.
    std::int64_t at(std::int64_t row)
    {
        const auto &missing = m_column.missingRows;
        if (m_missing < missing.size() && missing[m_missing] == row) {
            ++m_missing;
            return -1;
        }
        return m_value++;
    }

private:
    const SampleColumn &m_column;
    std::size_t m_missing = 0;
    std::int64_t m_value = 0;
};

/// Which values of a label or prediction column are the favourable outcome.
struct Favourable
{
    const SampleColumn *column = nullptr;
    std::int32_t code = -1;
    std::optional<double> number;
    bool occurs = false;

    Favourable(const SampleColumn &c, const QString &value)
        : column(&c)
    {
        const QString text = value.trimmed();
        if (c.type == ColumnType::Categorical) {
            code = std::int32_t(c.categories.indexOf(text));
            occurs = code >= 0;
            return;
        }
        bool ok = false;
        const double x = text.toDouble(&ok);
        if (ok) {
            number = x;
            occurs = std::find(c.numbers.begin(), c.numbers.end(), x) != c.numbers.end();
        }
    }

    bool at(std::int64_t index) const
    {
        if (column->type == ColumnType::Categorical) {
            return column->codes[std::size_t(index)] == code;
        }
        return number && column->numbers[std::size_t(index)] == *number;
    }
};

QStringList distinctValues(const SampleColumn &column)
{
    if (column.type == ColumnType::Categorical) {
        return column.categories;
    }
    std::vector<double> values(column.numbers);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    QStringList out;
    for (double v : values) {
        out.append(numberLabel(v));
    }
    return out;
}

QString valuesHint(const SampleColumn &column)
{
    QStringList values = distinctValues(column);
    const bool more = values.size() > 12;
    values = values.mid(0, 12);
    return values.join(QStringLiteral(", ")) + (more ? QStringLiteral(", …") : QString());
}

/// The groups of the protected attribute and, per present value, its group.
struct Grouping
{
    QStringList names;
    std::vector<bool> privileged;
    std::vector<std::int32_t> groupOfValue; ///< per code (categorical) or unused (numeric)
    std::vector<double> numericValues;      ///< sorted distinct values (numeric, by value)
};

Grouping groupAttribute(const SampleColumn &attribute, const FairnessOptions &options)
{
    Grouping g;
    const auto &p = options.privileged;
    if (p.isComparison()) {
        if (attribute.type != ColumnType::Numeric) {
            throw StatsError(
                StatsErrorKind::InvalidInput,
                tr("The privileged group '%1' is a comparison, but column '%2' is "
                   "not numeric; give one of its values instead (%3).")
                    .arg(p.name(attribute.name), attribute.name, valuesHint(attribute)));
        }
        g.names = {p.name(attribute.name), p.complementName(attribute.name)};
        g.privileged = {true, false};
        return g;
    }
    g.names = distinctValues(attribute);
    if (attribute.type == ColumnType::Numeric) {
        g.numericValues = attribute.numbers;
        std::sort(g.numericValues.begin(), g.numericValues.end());
        g.numericValues.erase(std::unique(g.numericValues.begin(), g.numericValues.end()),
                              g.numericValues.end());
        for (double v : g.numericValues) {
            g.privileged.push_back(p.matches(v));
        }
    } else {
        for (const auto &name : std::as_const(g.names)) {
            g.privileged.push_back(p.matches(name));
            g.groupOfValue.push_back(std::int32_t(g.groupOfValue.size()));
        }
    }
    return g;
}

std::int32_t groupOf(const SampleColumn &attribute, const Grouping &g, const PrivilegedGroup &p,
                     std::int64_t index)
{
    if (p.isComparison()) {
        return p.matches(attribute.numbers[std::size_t(index)]) ? 0 : 1;
    }
    if (attribute.type == ColumnType::Numeric) {
        const double v = attribute.numbers[std::size_t(index)];
        return std::int32_t(std::lower_bound(g.numericValues.begin(), g.numericValues.end(), v)
                            - g.numericValues.begin());
    }
    return g.groupOfValue[std::size_t(attribute.codes[std::size_t(index)])];
}

} // namespace

namespace {

struct PreparedRows
{
    std::vector<FairnessRow> rows;
    std::int64_t skipped = 0;
};

PreparedRows prepareRows(const SampleTable &table, const FairnessOptions &options,
                         const Grouping &grouping)
{
    const auto &label = requireColumn(table, options.labelColumn, "label");
    const auto &prediction = requireColumn(table, options.predictionColumn, "prediction");
    const auto &attribute = requireColumn(table, options.protectedColumn, "protected attribute");
    const SampleColumn *score = nullptr;
    if (!options.scoreColumn.isEmpty()) {
        score = &requireColumn(table, options.scoreColumn, "score");
        if (score->type != ColumnType::Numeric) {
            throw StatsError(StatsErrorKind::InvalidInput,
                             tr("%1: the score column '%2' must hold numbers (probabilities of "
                                "the favourable outcome); it holds text such as '%3'.")
                                 .arg(table.path, score->name, score->categories.value(0)));
        }
    }
    const Favourable labelFavourable(label, options.favourable);
    const Favourable predictionFavourable(prediction, options.favourable);
    if (!labelFavourable.occurs && !predictionFavourable.occurs) {
        throw StatsError(StatsErrorKind::Column,
                         tr("%1: the favourable outcome '%2' occurs in neither column '%3' nor "
                            "'%4'; the labels are: %5. Pass the favourable value explicitly.")
                             .arg(table.path, options.favourable, label.name, prediction.name,
                                  valuesHint(label)));
    }
    ColumnCursor labelAt(label);
    ColumnCursor predictionAt(prediction);
    ColumnCursor attributeAt(attribute);
    std::optional<ColumnCursor> scoreAt;
    if (score) {
        scoreAt.emplace(*score);
    }
    const bool sameColumn = &label == &prediction;
    PreparedRows prepared;
    prepared.rows.reserve(std::size_t(table.rows));
    for (std::int64_t r = 0; r < table.rows; ++r) {
        const auto l = labelAt.at(r);
        const auto p = sameColumn ? l : predictionAt.at(r);
        const auto a = attributeAt.at(r);
        const auto s = scoreAt ? scoreAt->at(r) : -1;
        if (l < 0 || p < 0 || a < 0) {
            ++prepared.skipped;
            continue;
        }
        FairnessRow row;
        row.group = groupOf(attribute, grouping, options.privileged, a);
        row.label = labelFavourable.at(l);
        row.prediction = predictionFavourable.at(p);
        row.score
            = s >= 0 ? score->numbers[std::size_t(s)] : std::numeric_limits<double>::quiet_NaN();
        prepared.rows.push_back(row);
    }
    return prepared;
}

double percentile(std::vector<double> &values, double q)
{
    std::sort(values.begin(), values.end());
    const double index = double(values.size() - 1) * q;
    const auto lo = std::size_t(std::floor(index));
    const auto hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (index - double(lo)) * (values[hi] - values[lo]);
}

std::map<QString, ConfidenceInterval> bootstrap(const std::vector<FairnessRow> &rows,
                                                const Grouping &grouping,
                                                const FairnessOptions &options)
{
    std::mt19937_64 random(options.bootstrapSeed);
    std::map<QString, std::vector<double>> replicates;
    std::vector<std::uint32_t> picks(rows.size());
    for (int b = 0; b < options.bootstrapSamples; ++b) {
        for (auto &pick : picks) {
            pick = std::uint32_t(random() % rows.size());
        }
        const auto counts = Internal::countGroups(rows, int(grouping.names.size()), &picks);
        const auto summary = Internal::summarize(counts, grouping.privileged);
        for (const auto &[name, value] : summary.values) {
            if (value) {
                replicates[name].push_back(*value);
            }
        }
    }
    std::map<QString, ConfidenceInterval> intervals;
    const double alpha = 1.0 - options.confidenceLevel;
    for (auto &[name, values] : replicates) {
        intervals[name] = {percentile(values, alpha / 2.0), percentile(values, 1.0 - alpha / 2.0)};
    }
    return intervals;
}

void fillReport(FairnessAnalysis &analysis, const FairnessOptions &options,
                const Internal::FairnessSummary &summary)
{
    auto &report = analysis.report;
    Internal::storeSummary(report, summary);
    QJsonObject reasons;
    for (const auto &[name, reason] : summary.undefinedReasons) {
        reasons.insert(name, reason);
    }
    report.undefinedReasonsJson
        = QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact));
    report.flags
        = Internal::fairnessFlags(summary.values, options.fourFifths, options.maxParityGap);
}

} // namespace

FairnessAnalysis analyzeFairness(const SampleTable &table, const FairnessOptions &options)
{
    const auto &attribute = requireColumn(table, options.protectedColumn, "protected attribute");
    const Grouping grouping = groupAttribute(attribute, options);
    auto prepared = prepareRows(table, options, grouping);
    if (prepared.rows.empty()) {
        throw StatsError(
            StatsErrorKind::InvalidInput,
            tr("%1: no row has a label, a prediction and a protected attribute.").arg(table.path));
    }
    const auto counts = Internal::countGroups(prepared.rows, int(grouping.names.size()));
    FairnessAnalysis analysis;
    analysis.rows = std::int64_t(prepared.rows.size());
    analysis.skippedRows = prepared.skipped;
    GroupCounts privileged;
    GroupCounts unprivileged;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        (grouping.privileged[i] ? privileged : unprivileged).add(counts[i]);
        if (counts[i].n > 0) {
            analysis.report.groups.push_back(
                Internal::toFairnessGroup(grouping.names.at(qsizetype(i)), counts[i]));
        }
    }
    if (privileged.n == 0) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         tr("%1: no row of column '%2' is in the privileged group '%3' (values: "
                            "%4).")
                             .arg(table.path, attribute.name,
                                  options.privileged.name(attribute.name), valuesHint(attribute)));
    }
    analysis.privilegedGroup
        = Internal::toFairnessGroup(options.privileged.name(attribute.name), privileged);
    analysis.unprivilegedGroup = Internal::toFairnessGroup(
        options.privileged.complementName(attribute.name), unprivileged);
    const auto summary = Internal::summarize(counts, grouping.privileged);
    analysis.summary = summary.values;
    analysis.report.protectedAttribute = attribute.name;
    analysis.report.privilegedGroup = options.privileged.name(attribute.name);
    analysis.report.favourableOutcome = options.favourable;
    fillReport(analysis, options, summary);
    if (options.bootstrapSamples > 0) {
        analysis.intervals = bootstrap(prepared.rows, grouping, options);
        QJsonObject intervals;
        for (const auto &[name, interval] : analysis.intervals) {
            intervals.insert(
                name,
                QJsonObject{{QStringLiteral("low"), interval.low},
                            {QStringLiteral("high"), interval.high},
                            {QStringLiteral("level"), options.confidenceLevel},
                            {QStringLiteral("samples"), options.bootstrapSamples},
                            {QStringLiteral("seed"), QString::number(options.bootstrapSeed)}});
        }
        analysis.report.intervalsJson
            = QString::fromUtf8(QJsonDocument(intervals).toJson(QJsonDocument::Compact));
    }
    return analysis;
}

} // namespace Quorum
