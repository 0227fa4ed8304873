// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcolors.h"

#include <QPalette>

namespace Quorum::Ui {

namespace {

/// A third of the tint over the base: visible on white and on near-black, and close enough to
/// the base that the palette's text keeps its contrast (WCAG ratio 13:1 or more for black on
/// white, 6.4:1 or more for #dcdcdc on #1e1e1e).
constexpr double kTint = 0.32;

QColor mixed(const QColor &base, const QColor &tint)
{
    const auto mix = [](int b, int t) { return static_cast<int>(b + (t - b) * kTint + 0.5); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

} // namespace

DiffColors diffColors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    return {mixed(base, QColor(0xe0, 0xa0, 0x00)), mixed(base, QColor(0x2e, 0xa0, 0x43)),
            mixed(base, QColor(0xd7, 0x3a, 0x3a))};
}

} // namespace Quorum::Ui
