// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskassessment.h"

namespace Quorum {

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromKey(QStringView key)
{
    for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}) {
        if (key.compare(riskLevelKey(l), Qt::CaseInsensitive) == 0) {
            return l;
        }
    }
    return std::nullopt;
}

} // namespace Quorum
