// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/palettes.h"
#include "desktop/statuscolour.h"
#include "desktop/systemcolourscheme.h"
#include "desktop/themecontroller.h"
#include "desktop/thememenu.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

using namespace Quorum;
using Ui::ColourScheme;

namespace {

/// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue());
}

/// WCAG contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The readable pairs of a palette, foreground over background, all ≥ 4.5:1.
void checkReadable(const QPalette &p)
{
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Base},
    };
    for (const auto &[fore, back] : pairs) {
        INFO("roles " << int(fore) << " on " << int(back));
        CHECK(contrast(p.color(QPalette::Active, fore), p.color(QPalette::Active, back)) >= 4.5);
    }
    for (const Ui::Status status :
         {Ui::Status::Pass, Ui::Status::Warn, Ui::Status::Fail, Ui::Status::Info}) {
        INFO("status " << int(status));
        CHECK(contrast(Ui::statusColour(status, p), p.color(QPalette::Base)) >= 4.5);
        CHECK(contrast(Ui::statusColour(status, p), p.color(QPalette::Window)) >= 4.5);
    }
}

Ui::SystemHints hintsWithWindow(const QColor &window)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    return Ui::SystemHints{palette, {}, {}};
}

} // namespace

TEST_CASE("The contrast helper agrees with WCAG's own examples", "[ui][desktop]")
{
    // Black on white is 21:1 by definition: (1.0 + 0.05) / (0.0 + 0.05).
    CHECK(std::abs(contrast(QColor(0, 0, 0), QColor(255, 255, 255)) - 21.0) < 1e-9);
    // #767676 on white is the classic 4.54:1 grey: L = ((118/255 + 0.055)/1.055)^2.4 = 0.1812,
    // (1.05) / (0.2312) = 4.54.
    CHECK(std::abs(contrast(QColor(0x76, 0x76, 0x76), QColor(255, 255, 255)) - 4.54) < 0.01);
}

TEST_CASE("Choosing Dark gives the application a dark Fusion palette with readable text",
          "[ui][desktop]")
{
    Test::resetUiSettings();
    Ui::ThemeController controller(hintsWithWindow(QColor(0xf0, 0xf0, 0xf0)), nullptr);
    controller.setChoice(Ui::ThemeChoice::Dark);

    const QPalette p = QApplication::palette();
    CHECK(controller.scheme() == ColourScheme::Dark);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive)
          == 0);
    CHECK(p.color(QPalette::Window).lightness() < 80);
    CHECK(p.color(QPalette::Base).lightness() < 60);
    CHECK(p.color(QPalette::Text).lightness() > 200);
    CHECK(p.color(QPalette::WindowText).lightness() > 200);
    checkReadable(p);
    // Disabled text is dimmer than enabled text, yet still distinct from the window.
    CHECK(p.color(QPalette::Disabled, QPalette::Text).lightness()
          < p.color(QPalette::Active, QPalette::Text).lightness());
    CHECK(contrast(p.color(QPalette::Disabled, QPalette::WindowText), p.color(QPalette::Window))
          >= 3.0);
    CHECK(QSettings().value(QStringLiteral("appearance/theme")).toString()
          == QStringLiteral("dark"));
}

TEST_CASE("Choosing Light gives a light palette with readable text and status colours",
          "[ui][desktop]")
{
    Test::resetUiSettings();
    Ui::ThemeController controller(hintsWithWindow(QColor(0x20, 0x20, 0x20)), nullptr);
    controller.setChoice(Ui::ThemeChoice::Light);
    const QPalette p = QApplication::palette();
    CHECK(p.color(QPalette::Window).lightness() > 200);
    CHECK(p.color(QPalette::Base).lightness() > 240);
    CHECK(p.color(QPalette::Text).lightness() < 60);
    checkReadable(p);
    checkReadable(Ui::darkPalette());
}

TEST_CASE("Automatic follows a dark palette from the platform and remembers the choice",
          "[ui][desktop]")
{
    Test::resetUiSettings();
    {
        Ui::ThemeController controller(hintsWithWindow(QColor(0x1e, 0x1e, 0x1e)), nullptr);
        CHECK(controller.choice() == Ui::ThemeChoice::Auto); // nothing stored yet
        int changes = 0;
        QObject::connect(&controller, &Ui::ThemeController::themeChanged,
                         [&changes](ColourScheme) { ++changes; });
        controller.apply();
        CHECK(controller.scheme() == ColourScheme::Dark);
        CHECK(QApplication::palette().color(QPalette::Base)
              == Ui::darkPalette().color(QPalette::Base));
        CHECK(changes == 1);
        controller.apply(); // the same scheme again: no signal
        CHECK(changes == 1);
        controller.setChoice(Ui::ThemeChoice::Light);
        CHECK(changes == 2);
    }
    // The next start reads the choice back, whatever the system says.
    Ui::ThemeController restarted(hintsWithWindow(QColor(0x1e, 0x1e, 0x1e)), nullptr);
    CHECK(restarted.choice() == Ui::ThemeChoice::Light);
    CHECK(restarted.scheme() == ColourScheme::Light);
    CHECK(restarted.systemScheme() == ColourScheme::Dark);
}

TEST_CASE("A light platform palette defers to GTK's dark hints", "[ui][desktop]")
{
    const QPalette light = Ui::lightPalette();
    CHECK(Ui::detectSystemScheme({light, {}, {}}) == ColourScheme::Light);
    CHECK(Ui::detectSystemScheme({light, QStringLiteral("Adwaita:dark"), {}})
          == ColourScheme::Dark);
    CHECK(Ui::detectSystemScheme({light, QStringLiteral("Yaru-dark"), {}}) == ColourScheme::Dark);
    CHECK(Ui::detectSystemScheme({light, QStringLiteral("Adwaita"), {}}) == ColourScheme::Light);

    QTemporaryDir dir;
    const QString gtk3 = dir.filePath(QStringLiteral("settings.ini"));
    Test::writeFile(gtk3, "[Settings]\ngtk-application-prefer-dark-theme=1\n");
    CHECK(Ui::detectSystemScheme({light, {}, {dir.filePath(QStringLiteral("missing.ini")), gtk3}})
          == ColourScheme::Dark);
    Test::writeFile(gtk3, "[Settings]\ngtk-theme-name=Arc-Dark\n");
    CHECK(Ui::detectSystemScheme({light, {}, {gtk3}}) == ColourScheme::Dark);
    Test::writeFile(gtk3, "[Settings]\ngtk-theme-name=Adwaita\n");
    CHECK(Ui::detectSystemScheme({light, {}, {gtk3}}) == ColourScheme::Light);
    // GTK_THEME overrides settings.ini, as it does for GTK programs.
    Test::writeFile(gtk3, "[Settings]\ngtk-application-prefer-dark-theme=true\n");
    CHECK(Ui::detectSystemScheme({light, QStringLiteral("Adwaita"), {gtk3}})
          == ColourScheme::Light);
}

TEST_CASE("The Appearance menu shows the choice and switches the palette", "[ui][desktop]")
{
    Test::resetUiSettings();
    Ui::ThemeController controller(hintsWithWindow(QColor(0xf0, 0xf0, 0xf0)), nullptr);
    controller.apply();
    QWidget parent;
    QMenu *menu = Ui::createThemeMenu(&controller, &parent);
    CHECK(menu->title() == QStringLiteral("&Appearance"));
    const QList<QAction *> actions = menu->actions();
    REQUIRE(actions.size() == 3);
    CHECK(actions.at(0)->text() == QStringLiteral("&Automatic (Follow the System)"));
    CHECK(actions.at(0)->isChecked());
    actions.at(2)->trigger();
    CHECK(actions.at(2)->isChecked());
    CHECK_FALSE(actions.at(0)->isChecked());
    CHECK(controller.choice() == Ui::ThemeChoice::Dark);
    CHECK(QApplication::palette().color(QPalette::Window)
          == Ui::darkPalette().color(QPalette::Window));
}
