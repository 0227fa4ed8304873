// SPDX-License-Identifier: GPL-3.0-or-later
#include "themediconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>

namespace Quorum::Ui {

namespace {

constexpr QSize kDesignSize(24, 24);

QByteArray readSvg(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSize scaled(const QSize &size, qreal scale)
{
    return QSize(qMax(1, int(std::lround(size.width() * scale))),
                 qMax(1, int(std::lround(size.height() * scale))));
}

} // namespace

ThemedIconEngine::ThemedIconEngine(QString svgPath)
    : m_path(std::move(svgPath))
    , m_svg(readSvg(m_path))
{}

QColor ThemedIconEngine::inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

QPixmap ThemedIconEngine::render(const QSize &deviceSize, QIcon::Mode mode)
{
    const QColor ink = inkFor(mode);
    const QString cacheKey = QStringLiteral("quorum-icon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(deviceSize.width())
                                 .arg(deviceSize.height())
                                 .arg(ink.name(QColor::HexArgb));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap)) {
        return pixmap;
    }
    pixmap = QPixmap(deviceSize);
    pixmap.fill(Qt::transparent);
    QByteArray svg = m_svg;
    svg.replace(QByteArray(kIconInk.data(), kIconInk.size()), ink.name(QColor::HexRgb).toLatin1());
    svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(deviceSize)));
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    Q_UNUSED(state)
    QPixmap pixmap = render(scaled(rect.size(), ratio), mode);
    pixmap.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, pixmap);
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size; // a vector icon fills any size it is asked for
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    return render(size, mode);
}

QPixmap ThemedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State,
                                       qreal scale)
{
    // Before Qt 6.8, QIcon::pixmap() passes the size in device pixels already.
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const QSize deviceSize = size;
#else
    const QSize deviceSize = scaled(size, scale);
#endif
    QPixmap pixmap = render(deviceSize, mode);
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QList<QSize> ThemedIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return {kDesignSize};
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("QuorumThemedIcon");
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(m_path);
}

QString ThemedIconEngine::iconName()
{
    return QFileInfo(m_path).completeBaseName();
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Quorum::Ui
