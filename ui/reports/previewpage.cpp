// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace Quorum::Ui {

namespace {

constexpr qreal kPixelRatio = 2.0; // sharp on high-density screens, fine elsewhere
constexpr QSize kFallbackSize(640, 320);

QImage paintSvg(QString svg)
{
    if (!svg.contains(QLatin1String("xmlns="))) {
        svg.insert(4, QLatin1String(" xmlns=\"http://www.w3.org/2000/svg\""));
    }
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid()) {
        return {};
    }
    QSize size = renderer.defaultSize();
    if (size.isEmpty()) {
        size = kFallbackSize;
    }
    QImage image(size * kPixelRatio, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    image.setDevicePixelRatio(kPixelRatio);
    return image;
}

} // namespace

PreviewPage previewPage(const QByteArray &html)
{
    static const QRegularExpression svg(QStringLiteral("<svg\\b.*?</svg>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    PreviewPage page;
    const QString text = QString::fromUtf8(html);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = svg.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QImage image = paintSvg(match.captured());
        if (image.isNull()) {
            out += QLatin1String("<p><i>")
                + QCoreApplication::translate("Quorum::Ui::PreviewPage",
                                              "This chart appears in the exported file.")
                      .toHtmlEscaped()
                + QLatin1String("</i></p>");
            continue;
        }
        const QString name = QStringLiteral("chart:%1").arg(page.images.size() + 1);
        const QSize size = (QSizeF(image.size()) / kPixelRatio).toSize();
        out += QStringLiteral("<div style=\"line-height: 100%\"><img src=\"%1\" width=\"%2\" "
                              "height=\"%3\"></div>")
                   .arg(name)
                   .arg(size.width())
                   .arg(size.height());
        page.images.insert(name, image);
    }
    out += QStringView(text).mid(last);
    // QTextDocument does not know <figure>: as inline elements the caption would flow beside
    // the image. As blocks they read as in a browser.
    static const QRegularExpression figure(QStringLiteral("<(/?)figure\\b"));
    static const QRegularExpression caption(QStringLiteral("<(/?)figcaption\\b"));
    out.replace(caption, QStringLiteral("<\\1p"));
    out.replace(figure, QStringLiteral("<\\1div"));
    page.html = out;
    return page;
}

} // namespace Quorum::Ui
