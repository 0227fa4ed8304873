// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QString>

namespace Quorum::Ui {

/// Draws a monochrome line icon (an SVG whose strokes and fills use kIconInk) in the colour of
/// the application's palette at the moment it is drawn: Text for Normal and Active, the
/// Disabled group's Text for Disabled, HighlightedText for Selected. It renders the SVG with
/// QSvgRenderer at the requested size times the device pixel ratio, so it is crisp on every
/// screen and follows a change between the light and dark palette at the next repaint.
class ThemedIconEngine final : public QIconEngine
{
public:
    /// The colour the workbench's SVG icons are drawn with; it is replaced when rendering.
    static constexpr QLatin1String kIconInk{"#4f6076"};

    /// @p svgPath: a file or resource path, e.g. ":/icons/refresh.svg".
    explicit ThemedIconEngine(QString svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    QString iconName() override;
    bool isNull() override;

    /// The colour an icon in @p mode is drawn with, from the application's palette.
    static QColor inkFor(QIcon::Mode mode);

private:
    QPixmap render(const QSize &deviceSize, QIcon::Mode mode);

    QString m_path;
    QByteArray m_svg; ///< the file's text, read once
};

} // namespace Quorum::Ui
