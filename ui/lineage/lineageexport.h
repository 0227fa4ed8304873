// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGraphicsScene;

namespace Quorum::Ui {

/// Writes the whole of @p scene to @p path as an SVG document titled @p title (text stays
/// text, so names can be searched), on the scene palette's base colour and without the
/// selection highlight. Returns a user-facing error, empty on success.
QString exportSceneSvg(QGraphicsScene *scene, const QString &path, const QString &title);

/// Writes the whole of @p scene to @p path as a PNG image at twice the scene's size (sharp on
/// high-DPI screens and in print). Returns a user-facing error, empty on success.
QString exportScenePng(QGraphicsScene *scene, const QString &path);

} // namespace Quorum::Ui
