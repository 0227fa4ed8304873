// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineageexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSignalBlocker>
#include <QSvgGenerator>

#include <cmath>

namespace Quorum::Ui {

namespace {

constexpr int kPngScale = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::LineageExport", text);
}

/// Clears the selection while an export paints, and puts it back afterwards, without telling
/// anyone: the picture should not show what the user happened to select.
class SelectionHidden
{
public:
    explicit SelectionHidden(QGraphicsScene *scene)
        : m_scene(scene)
        , m_blocker(scene)
        , m_selected(scene->selectedItems())
    {
        m_scene->clearSelection();
    }
    ~SelectionHidden()
    {
        for (QGraphicsItem *item : m_selected) {
            item->setSelected(true);
        }
    }
    SelectionHidden(const SelectionHidden &) = delete;
    SelectionHidden &operator=(const SelectionHidden &) = delete;

private:
    QGraphicsScene *m_scene;
    QSignalBlocker m_blocker;
    QList<QGraphicsItem *> m_selected;
};

QSize pixelSize(const QRectF &rect, int scale)
{
    return QSize(int(std::ceil(rect.width())) * scale, int(std::ceil(rect.height())) * scale);
}

} // namespace

QString exportSceneSvg(QGraphicsScene *scene, const QString &path, const QString &title)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return tr("The lineage could not be saved to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const QRectF source = scene->sceneRect();
    const QSize size = pixelSize(source, 1);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(tr("Datasets, versions and deployments exported from Quorum"));
    {
        const SelectionHidden hidden(scene);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), scene->palette().color(QPalette::Base));
        scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    file.close();
    if (file.error() != QFile::NoError) {
        return tr("The lineage could not be saved to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

QString exportScenePng(QGraphicsScene *scene, const QString &path)
{
    const QRectF source = scene->sceneRect();
    QImage image(pixelSize(source, kPngScale), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngScale);
    image.fill(scene->palette().color(QPalette::Base));
    {
        const SelectionHidden hidden(scene);
        QPainter painter(&image);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    if (!image.save(path, "PNG")) {
        return tr("The lineage could not be saved to %1. Check that the folder exists and "
                  "that you may write there.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace Quorum::Ui
