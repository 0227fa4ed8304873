// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionoverlay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Quorum {

namespace {

std::optional<std::vector<double>> numbers(const QJsonValue &value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0) {
            return std::nullopt;
        }
        out.push_back(v.toDouble());
    }
    return out;
}

// Shares from shares or counts: divided by the total unless they already sum to about 1.
std::vector<double> asShares(std::vector<double> values)
{
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    if (total > 0.0 && std::abs(total - 1.0) > 1e-3) {
        for (double &v : values) {
            v /= total;
        }
    }
    return values;
}

// Edges as numbers, an outer one that is not a finite number being open.
std::optional<std::vector<double>> edgesOf(const QJsonArray &array)
{
    std::vector<double> out;
    const qsizetype last = array.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
        const QJsonValue v = array.at(i);
        if (v.isDouble() && std::isfinite(v.toDouble())) {
            out.push_back(v.toDouble());
        } else if (i == 0 || i == last) {
            const double inf = std::numeric_limits<double>::infinity();
            out.push_back(i == 0 ? -inf : inf);
        } else {
            return std::nullopt;
        }
    }
    return out;
}

// Short enough for an axis label under a bar: "1983", "0.25", "1.2e+05".
QString number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const double size = std::abs(value);
    return size >= 1000 && size < 1e6 ? locale.toString(value, 'f', 0)
                                      : locale.toString(value, 'g', 3);
}

QStringList binLabels(const std::vector<double> &edges)
{
    QStringList labels;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const double lo = edges[i];
        const double hi = edges[i + 1];
        if (std::isinf(lo) && std::isinf(hi)) {
            labels << QStringLiteral("—");
        } else if (std::isinf(lo)) {
            labels << QStringLiteral("≤ ") + number(hi);
        } else if (std::isinf(hi)) {
            labels << QStringLiteral("> ") + number(lo);
        } else {
            labels << number(lo) + QStringLiteral("–") + number(hi);
        }
    }
    return labels;
}

} // namespace

double DistributionOverlay::largestShare() const
{
    double largest = 0.0;
    for (const std::vector<double> *side : {&reference, &current}) {
        if (!side->empty()) {
            largest = std::max(largest, *std::max_element(side->begin(), side->end()));
        }
    }
    return largest;
}

std::optional<DistributionOverlay> parseDistributionOverlay(const QString &json)
{
    if (json.isEmpty()) {
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto reference = numbers(object.value(QStringLiteral("reference")));
    const auto current = numbers(object.value(QStringLiteral("current")));
    if (!reference || !current || reference->size() != current->size() || reference->empty()) {
        return std::nullopt;
    }
    DistributionOverlay overlay;
    if (const QJsonValue labels = object.value(QStringLiteral("labels")); labels.isArray()) {
        for (const QJsonValue &label : labels.toArray()) {
            overlay.labels << label.toVariant().toString();
        }
    } else if (const QJsonValue edges = object.value(QStringLiteral("edges")); edges.isArray()) {
        const auto parsed = edgesOf(edges.toArray());
        if (!parsed) {
            return std::nullopt;
        }
        overlay.labels = binLabels(*parsed);
    }
    if (overlay.labels.size() != static_cast<qsizetype>(reference->size())) {
        return std::nullopt;
    }
    overlay.reference = asShares(*reference);
    overlay.current = asShares(*current);
    return overlay;
}

} // namespace Quorum
