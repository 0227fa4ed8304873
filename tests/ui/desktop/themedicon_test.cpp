// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/palettes.h"
#include "desktop/themedicon.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

using namespace Quorum;

namespace {

/// What a rendered icon is made of: how many clearly visible pixels it has, and how many of
/// them are not the expected ink (allowing 3 levels of rounding per channel).
struct Ink
{
    int visible = 0;
    int wrongColour = 0;
};

Ink inkOf(const QPixmap &pixmap, const QColor &expected)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 128) {
                continue;
            }
            ++ink.visible;
            if (std::abs(pixel.red() - expected.red()) > 3
                || std::abs(pixel.green() - expected.green()) > 3
                || std::abs(pixel.blue() - expected.blue()) > 3) {
                ++ink.wrongColour;
            }
        }
    }
    return ink;
}

const QStringList kIconNames{
    QStringLiteral("home"),        QStringLiteral("open"),      QStringLiteral("new-database"),
    QStringLiteral("import"),      QStringLiteral("export"),    QStringLiteral("refresh"),
    QStringLiteral("compare"),     QStringLiteral("edit"),      QStringLiteral("save"),
    QStringLiteral("acknowledge"), QStringLiteral("sign"),      QStringLiteral("verify"),
    QStringLiteral("lineage"),     QStringLiteral("shortcuts"), QStringLiteral("zoom-in"),
    QStringLiteral("zoom-out"),    QStringLiteral("zoom-fit"),  QStringLiteral("back"),
    QStringLiteral("search"),      QStringLiteral("alert"),     QStringLiteral("inbox"),
    QStringLiteral("inventory"),   QStringLiteral("drift"),     QStringLiteral("fairness"),
    QStringLiteral("reports"),     QStringLiteral("audit"),     QStringLiteral("settings")};

} // namespace

TEST_CASE("A themed icon draws in the palette's text colour, sharp at 1x and 2x", "[ui][desktop]")
{
    QApplication::setPalette(Ui::darkPalette());
    const QColor text = QApplication::palette().color(QPalette::Text);
    const QIcon icon = Ui::themedIcon(QStringLiteral("refresh"));
    REQUIRE_FALSE(icon.isNull());

    for (const qreal ratio : {1.0, 2.0}) {
        INFO("device pixel ratio " << ratio);
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), ratio);
        // Rendered for the device: 24×24 at 1x, 48×48 real pixels at 2x, not scaled up.
        CHECK(pixmap.size() == QSize(24, 24) * ratio);
        CHECK(pixmap.devicePixelRatio() == ratio);
        const Ink ink = inkOf(pixmap, text);
        CHECK(ink.visible > 0);
        CHECK(ink.wrongColour == 0);
    }
    // At 2x the strokes have about four times the pixels of 1x: drawn, not magnified blur.
    const int at1 = inkOf(icon.pixmap(QSize(24, 24), 1.0), text).visible;
    const int at2 = inkOf(icon.pixmap(QSize(24, 24), 2.0), text).visible;
    CHECK(at2 > 3 * at1);
}

TEST_CASE("A disabled icon is drawn in the disabled text colour and follows a palette change",
          "[ui][desktop]")
{
    QApplication::setPalette(Ui::darkPalette());
    const QIcon icon = Ui::themedIcon(QStringLiteral("back"));
    const QColor disabled = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    const Ink dimmed = inkOf(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled), disabled);
    CHECK(dimmed.visible > 0);
    CHECK(dimmed.wrongColour == 0);

    // The same QIcon object takes the new text colour once the palette is light.
    QApplication::setPalette(Ui::lightPalette());
    const QColor lightText = QApplication::palette().color(QPalette::Text);
    const Ink light = inkOf(icon.pixmap(QSize(32, 32), 1.0), lightText);
    CHECK(light.visible > 0);
    CHECK(light.wrongColour == 0);
}

TEST_CASE("Painting a themed icon on a 2x surface uses the device's pixels", "[ui][desktop]")
{
    QApplication::setPalette(Ui::lightPalette());
    const QColor text = QApplication::palette().color(QPalette::Text);
    QPixmap canvas(QSize(48, 48));
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        Ui::themedIcon(QStringLiteral("search")).paint(&painter, QRect(0, 0, 24, 24));
    }
    const Ink ink = inkOf(canvas, text);
    CHECK(ink.visible > 0);
    CHECK(ink.wrongColour == 0);
}

TEST_CASE("Every listed icon is a 24×24 line drawing in the colour that is replaced",
          "[ui][desktop]")
{
    for (const QString &name : kIconNames) {
        INFO(name.toStdString());
        CHECK_FALSE(Ui::themedIcon(name).isNull());
        const QByteArray svg = Test::readFile(QStringLiteral(":/icons/%1.svg").arg(name));
        CHECK(svg.contains("viewBox=\"0 0 24 24\""));
        CHECK(svg.contains("stroke=\"#4f6076\""));
    }
    CHECK(Ui::themedIcon(QStringLiteral("no-such-icon")).isNull());
}
