// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Quorum {

/// Lifecycle stage of a model version (SPEC §2), in lifecycle order.
enum class Stage {
    Development,
    Staging,
    Approved,
    Production,
    Deprecated,
    Archived,
    Rejected,
    Retired,
};

/// Every stage, in lifecycle order.
inline constexpr std::array kAllStages{Stage::Development, Stage::Staging,    Stage::Approved,
                                       Stage::Production,  Stage::Deprecated, Stage::Archived,
                                       Stage::Rejected,    Stage::Retired};

/// Stable key as stored in the database and printed in JSON, e.g. "production".
QString stageKey(Stage stage);
/// The stage for a key (case-insensitive), or nullopt.
std::optional<Stage> stageFromKey(QStringView key);
/// Translated label, e.g. "Production".
QString stageLabel(Stage stage);

} // namespace Quorum
