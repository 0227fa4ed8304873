// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace Quorum::Ui {

/// Background tints for the lines of a side-by-side diff, mixed from the palette's base
/// colour so that the palette's text colour stays readable on them in light and dark mode.
struct DiffColors
{
    QColor changed; ///< amber over the base colour
    QColor added;   ///< green over the base colour
    QColor removed; ///< red over the base colour
};

DiffColors diffColors(const QPalette &palette);

} // namespace Quorum::Ui
