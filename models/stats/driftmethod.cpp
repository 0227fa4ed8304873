// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftmethod.h"

#include <array>
#include <utility>

namespace Quorum {

namespace {

constexpr std::int64_t kSmallReference = 1000; // Evidently: ≤ 1000 rows counts as small
constexpr std::int64_t kFewValues = 5; // Evidently: ≤ 5 distinct values counts as categorical

const std::array<std::pair<DriftMethod, const char *>, 7> kKeys = {{
    {DriftMethod::Auto, "auto"},
    {DriftMethod::Psi, "psi"},
    {DriftMethod::KolmogorovSmirnov, "ks"},
    {DriftMethod::ChiSquare, "chi2"},
    {DriftMethod::JensenShannon, "js"},
    {DriftMethod::Wasserstein, "wasserstein"},
    {DriftMethod::Hellinger, "hellinger"},
}};

} // namespace

QString driftMethodKey(DriftMethod method)
{
    for (const auto &[m, key] : kKeys) {
        if (m == method) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<DriftMethod> driftMethodFromKey(QStringView key)
{
    for (const auto &[m, k] : kKeys) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0) {
            return m;
        }
    }
    return std::nullopt;
}

DriftDirection driftDirection(DriftMethod method)
{
    return method == DriftMethod::KolmogorovSmirnov || method == DriftMethod::ChiSquare
        ? DriftDirection::PValueBelow
        : DriftDirection::DistanceAbove;
}

QString driftDirectionKey(DriftDirection direction)
{
    return direction == DriftDirection::PValueBelow ? QStringLiteral("p_value_below")
                                                    : QStringLiteral("distance_above");
}

double defaultDriftThreshold(DriftMethod method)
{
    return driftDirection(method) == DriftDirection::PValueBelow ? 0.05 : 0.1;
}

DriftMethod chooseDriftMethod(ColumnType type, std::int64_t referenceSize,
                              std::int64_t referenceDistinct)
{
    const bool numeric = type == ColumnType::Numeric && referenceDistinct > kFewValues;
    if (referenceSize <= kSmallReference) {
        return numeric ? DriftMethod::KolmogorovSmirnov : DriftMethod::ChiSquare;
    }
    return numeric ? DriftMethod::Wasserstein : DriftMethod::JensenShannon;
}

} // namespace Quorum
