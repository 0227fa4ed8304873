// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace Quorum::Ui {

/// The workbench's light palette for the Fusion style: every colour role in the Active,
/// Inactive and Disabled groups. Text, window text, button text, tool-tip text, links and
/// highlighted text reach a WCAG contrast of at least 4.5:1 on their backgrounds.
QPalette lightPalette();

/// The dark counterpart of lightPalette(), with the same contrast guarantees.
QPalette darkPalette();

} // namespace Quorum::Ui
