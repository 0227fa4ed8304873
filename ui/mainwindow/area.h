// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <array>

namespace Quorum::Ui {

/// The areas of the navigation sidebar (SPEC §7), in sidebar order.
enum class Area {
    Inbox,
    Inventory,
    Drift,
    Fairness,
    Reports,
    Audit,
    Settings,
};

inline constexpr std::array kAllAreas{Area::Inbox,   Area::Inventory, Area::Drift,   Area::Fairness,
                                      Area::Reports, Area::Audit,     Area::Settings};

/// The area's position in the sidebar, 0-based.
int areaIndex(Area area);
/// Translated name, e.g. "Inventory".
QString areaName(Area area);
/// The area's line icon.
QIcon areaIcon(Area area);
/// For an area not built yet: one sentence saying so, e.g. "The approval inbox arrives in a
/// later release of Quorum."
QString areaComingLater(Area area);
/// For an area not built yet: one sentence on what it will do.
QString areaPurpose(Area area);

} // namespace Quorum::Ui
