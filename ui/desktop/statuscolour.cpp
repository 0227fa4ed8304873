// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolour.h"

#include "charts/chartstyle.h"

#include <QPalette>

namespace Quorum::Ui {

QColor statusColour(Status status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case Status::Pass:
        return dark ? QColor(0x56, 0xc7, 0x78) : QColor(0x17, 0x73, 0x2f);
    case Status::Warn:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Status::Fail:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x20, 0x2b);
    case Status::Info:
        return dark ? QColor(0x7a, 0xb4, 0xff) : QColor(0x0b, 0x5c, 0xd5);
    }
    return palette.color(QPalette::Text);
}

} // namespace Quorum::Ui
