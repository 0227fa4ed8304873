// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Quorum {

/// Risk tier of a model (SPEC §2): it selects the policy a release is judged under.
enum class RiskTier {
    Critical = 1,
    High = 2,
    Standard = 3,
    Experimental = 4,
};

/// The tier's number, 1 (Critical) to 4 (Experimental), as stored in the database.
int tierNumber(RiskTier tier);
/// The tier for a stored number, or nullopt when @p number is not 1–4.
std::optional<RiskTier> riskTierFromNumber(int number);
/// Parses "1".."4", "tier1", "Tier 2" or a name such as "critical"; nullopt otherwise.
std::optional<RiskTier> riskTierFromText(QStringView text);
/// Translated name, e.g. "Critical".
QString riskTierName(RiskTier tier);
/// Translated label for lists, e.g. "Tier 1 · Critical".
QString riskTierLabel(RiskTier tier);

} // namespace Quorum
