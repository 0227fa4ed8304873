// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace Quorum::Ui {

/// What a coloured status says: a check passed, needs attention, failed, or is for
/// information.
enum class Status {
    Pass,
    Warn,
    Fail,
    Info,
};

/// The text colour that shows @p status on @p palette's Base and Window backgrounds: green,
/// amber, red or blue, darker on a light palette and lighter on a dark one, so the WCAG
/// contrast stays at least 4.5:1 on the workbench's palettes. Pair it with a word or an icon;
/// colour alone never carries the meaning.
QColor statusColour(Status status, const QPalette &palette);

} // namespace Quorum::Ui
