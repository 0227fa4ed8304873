// SPDX-License-Identifier: GPL-3.0-or-later
#include "risktier.h"

#include <QCoreApplication>

namespace Quorum {

int tierNumber(RiskTier tier)
{
    return static_cast<int>(tier);
}

std::optional<RiskTier> riskTierFromNumber(int number)
{
    if (number < 1 || number > 4) {
        return std::nullopt;
    }
    return static_cast<RiskTier>(number);
}

std::optional<RiskTier> riskTierFromText(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.remove(QLatin1Char(' '));
    if (t.startsWith(QLatin1String("tier"))) {
        t = t.mid(4);
    }
    bool ok = false;
    const int number = t.toInt(&ok);
    if (ok) {
        return riskTierFromNumber(number);
    }
    if (t == QLatin1String("critical")) {
        return RiskTier::Critical;
    }
    if (t == QLatin1String("high")) {
        return RiskTier::High;
    }
    if (t == QLatin1String("standard")) {
        return RiskTier::Standard;
    }
    if (t == QLatin1String("experimental")) {
        return RiskTier::Experimental;
    }
    return std::nullopt;
}

QString riskTierName(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return QCoreApplication::translate("Quorum::RiskTier", "Critical");
    case RiskTier::High:
        return QCoreApplication::translate("Quorum::RiskTier", "High");
    case RiskTier::Standard:
        return QCoreApplication::translate("Quorum::RiskTier", "Standard");
    case RiskTier::Experimental:
        return QCoreApplication::translate("Quorum::RiskTier", "Experimental");
    }
    return {};
}

QString riskTierLabel(RiskTier tier)
{
    return QCoreApplication::translate("Quorum::RiskTier", "Tier %1 · %2")
        .arg(tierNumber(tier))
        .arg(riskTierName(tier));
}

} // namespace Quorum
