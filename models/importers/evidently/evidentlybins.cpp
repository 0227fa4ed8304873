// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlybins.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Quorum::Internal {

namespace {

struct Distribution
{
    QJsonArray x;
    QJsonArray y;
};

std::optional<Distribution> distributionOf(const QJsonValue &result, const QString &side)
{
    const QJsonValue small
        = result.toObject().value(side).toObject().value(QStringLiteral("small_distribution"));
    const QJsonValue x = small.toObject().value(QStringLiteral("x"));
    const QJsonValue y = small.toObject().value(QStringLiteral("y"));
    if (!x.isArray() || !y.isArray() || x.toArray().isEmpty()) {
        return std::nullopt;
    }
    return Distribution{x.toArray(), y.toArray()};
}

std::optional<std::vector<double>> amounts(const QJsonArray &values)
{
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(values.size()));
    for (const QJsonValue &v : values) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0) {
            return std::nullopt;
        }
        out.push_back(v.toDouble());
    }
    return out;
}

bool allText(const QJsonArray &values)
{
    return std::all_of(values.begin(), values.end(),
                       [](const QJsonValue &v) { return v.isString(); });
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray out;
    for (const double v : values) {
        out.append(v);
    }
    return out;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString categoricalBins(const Distribution &reference, const Distribution &current)
{
    const auto ref = amounts(reference.y);
    const auto cur = amounts(current.y);
    if (!ref || !cur || reference.x != current.x
        || ref->size() != static_cast<std::size_t>(reference.x.size())
        || cur->size() != ref->size()) {
        return {};
    }
    QJsonArray labels;
    for (const QJsonValue &label : reference.x) {
        labels.append(label.isString() ? label.toString() : label.toVariant().toString());
    }
    return compact({{QStringLiteral("labels"), labels},
                    {QStringLiteral("reference"), numbers(*ref)},
                    {QStringLiteral("current"), numbers(*cur)}});
}

// Densities times bin widths, scaled to sum to 1.
std::optional<std::vector<double>> shares(const std::vector<double> &densities,
                                          const std::vector<double> &edges)
{
    std::vector<double> out(densities.size());
    double total = 0.0;
    for (std::size_t i = 0; i < densities.size(); ++i) {
        out[i] = densities[i] * (edges[i + 1] - edges[i]);
        total += out[i];
    }
    if (!(total > 0.0) || !std::isfinite(total)) {
        return std::nullopt;
    }
    for (double &share : out) {
        share /= total;
    }
    return out;
}

QString numericBins(const Distribution &reference, const Distribution &current)
{
    const auto ref = amounts(reference.y);
    const auto cur = amounts(current.y);
    if (reference.x != current.x || !ref || !cur) {
        return {};
    }
    std::vector<double> x;
    for (const QJsonValue &v : reference.x) {
        if (!v.isDouble() || !std::isfinite(v.toDouble())
            || (!x.empty() && v.toDouble() <= x.back())) {
            return {};
        }
        x.push_back(v.toDouble());
    }
    if (x.size() != ref->size() + 1 || cur->size() != ref->size()) {
        return {};
    }
    const auto refShares = shares(*ref, x);
    const auto curShares = shares(*cur, x);
    if (!refShares || !curShares) {
        return {};
    }
    return compact({{QStringLiteral("edges"), numbers(x)},
                    {QStringLiteral("reference"), numbers(*refShares)},
                    {QStringLiteral("current"), numbers(*curShares)}});
}

} // namespace

QString evidentlyBinsJson(const QJsonValue &columnResult, const QString &columnType)
{
    const auto reference = distributionOf(columnResult, QStringLiteral("reference"));
    const auto current = distributionOf(columnResult, QStringLiteral("current"));
    if (!reference || !current) {
        return {};
    }
    if (columnType == u"cat" || allText(reference->x)) {
        return categoricalBins(*reference, *current);
    }
    return numericBins(*reference, *current);
}

} // namespace Quorum::Internal
