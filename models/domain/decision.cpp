// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision.h"

namespace Quorum {

QString decisionModeKey(DecisionMode mode)
{
    return mode == DecisionMode::Automated ? QStringLiteral("automated")
                                           : QStringLiteral("interactive");
}

std::optional<DecisionMode> decisionModeFromKey(QStringView key)
{
    if (key.compare(QLatin1String("interactive"), Qt::CaseInsensitive) == 0) {
        return DecisionMode::Interactive;
    }
    if (key.compare(QLatin1String("automated"), Qt::CaseInsensitive) == 0) {
        return DecisionMode::Automated;
    }
    return std::nullopt;
}

} // namespace Quorum
