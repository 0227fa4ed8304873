// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettes.h"

#include <QColor>

namespace Quorum::Ui {

namespace {

/// The colours one palette is made of; the Disabled group dims the text colours only.
struct PaletteColours
{
    QColor window;
    QColor windowText;
    QColor base;
    QColor alternateBase;
    QColor text;
    QColor button;
    QColor toolTipBase;
    QColor placeholder;
    QColor light;
    QColor midlight;
    QColor mid;
    QColor dark;
    QColor shadow;
    QColor highlight;
    QColor highlightedText;
    QColor brightText;
    QColor link;
    QColor linkVisited;
    QColor disabledText;
    QColor disabledBase;
    QColor disabledHighlight;
};

void setAllGroups(QPalette &palette, QPalette::ColorRole role, const QColor &colour)
{
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, role, colour);
    }
}

QPalette paletteFrom(const PaletteColours &c)
{
    QPalette p;
    setAllGroups(p, QPalette::Window, c.window);
    setAllGroups(p, QPalette::WindowText, c.windowText);
    setAllGroups(p, QPalette::Base, c.base);
    setAllGroups(p, QPalette::AlternateBase, c.alternateBase);
    setAllGroups(p, QPalette::Text, c.text);
    setAllGroups(p, QPalette::Button, c.button);
    setAllGroups(p, QPalette::ButtonText, c.windowText);
    setAllGroups(p, QPalette::ToolTipBase, c.toolTipBase);
    setAllGroups(p, QPalette::ToolTipText, c.windowText);
    setAllGroups(p, QPalette::PlaceholderText, c.placeholder);
    setAllGroups(p, QPalette::Light, c.light);
    setAllGroups(p, QPalette::Midlight, c.midlight);
    setAllGroups(p, QPalette::Mid, c.mid);
    setAllGroups(p, QPalette::Dark, c.dark);
    setAllGroups(p, QPalette::Shadow, c.shadow);
    setAllGroups(p, QPalette::Highlight, c.highlight);
    setAllGroups(p, QPalette::HighlightedText, c.highlightedText);
    setAllGroups(p, QPalette::BrightText, c.brightText);
    setAllGroups(p, QPalette::Link, c.link);
    setAllGroups(p, QPalette::LinkVisited, c.linkVisited);

    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::PlaceholderText, QPalette::Link, QPalette::LinkVisited}) {
        p.setColor(QPalette::Disabled, role, c.disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    return p;
}

} // namespace

QPalette lightPalette()
{
    PaletteColours c;
    c.window = QColor(0xef, 0xf1, 0xf3);
    c.windowText = QColor(0x1f, 0x23, 0x28);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf6, 0xf8, 0xfa);
    c.text = c.windowText;
    c.button = QColor(0xe7, 0xea, 0xee);
    c.toolTipBase = QColor(0xfb, 0xfb, 0xfc);
    c.placeholder = QColor(0x6e, 0x77, 0x81);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xf6, 0xf8, 0xfa);
    c.mid = QColor(0xc2, 0xc8, 0xcf);
    c.dark = QColor(0x8c, 0x95, 0x9f);
    c.shadow = QColor(0x57, 0x60, 0x6a);
    c.highlight = QColor(0x24, 0x63, 0xc9);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0b, 0x5c, 0xd5);
    c.linkVisited = QColor(0x7a, 0x3f, 0xc4);
    c.disabledText = QColor(0x7d, 0x85, 0x90);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0xc2, 0xc8, 0xcf);
    return paletteFrom(c);
}

QPalette darkPalette()
{
    PaletteColours c;
    c.window = QColor(0x2a, 0x2d, 0x31);
    c.windowText = QColor(0xe6, 0xe8, 0xeb);
    c.base = QColor(0x1c, 0x1e, 0x21);
    c.alternateBase = QColor(0x24, 0x27, 0x2b);
    c.text = c.windowText;
    c.button = QColor(0x35, 0x39, 0x3e);
    c.toolTipBase = QColor(0x3a, 0x3e, 0x44);
    c.placeholder = QColor(0x95, 0x9c, 0xa6);
    c.light = QColor(0x4b, 0x50, 0x57);
    c.midlight = QColor(0x40, 0x44, 0x4a);
    c.mid = QColor(0x30, 0x33, 0x38);
    c.dark = QColor(0x17, 0x19, 0x1c);
    c.shadow = QColor(0x0b, 0x0c, 0x0e);
    c.highlight = QColor(0x2f, 0x66, 0xc4);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x7a, 0xb4, 0xff);
    c.linkVisited = QColor(0xc6, 0xa0, 0xff);
    c.disabledText = QColor(0x7a, 0x80, 0x89);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0x40, 0x44, 0x4a);
    return paletteFrom(c);
}

} // namespace Quorum::Ui
