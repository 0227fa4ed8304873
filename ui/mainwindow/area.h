// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <array>

namespace Quorum::Ui {

/// The areas of the navigation sidebar (SPEC §7), in sidebar order.
enum class Area {
    Home,
    Inbox,
    Inventory,
    Drift,
    Fairness,
    Reports,
    Audit,
    Settings,
};

inline constexpr std::array kAllAreas{Area::Home,  Area::Inbox,    Area::Inventory,
                                      Area::Drift, Area::Fairness, Area::Reports,
                                      Area::Audit, Area::Settings};

/// The area's position in the sidebar, 0-based.
int areaIndex(Area area);
/// Untranslated key for command lines and settings, e.g. "inventory".
QString areaKey(Area area);
/// Translated name, e.g. "Inventory".
QString areaName(Area area);
/// The area's line icon.
QIcon areaIcon(Area area);

} // namespace Quorum::Ui
