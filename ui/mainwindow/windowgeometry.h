// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QMainWindow;

namespace Quorum::Ui {

/// Gives @p window the geometry and state (toolbars, docks) saved by saveWindowGeometry(), or
/// @p defaultSize on first use.
void restoreWindowGeometry(QMainWindow *window, QSize defaultSize);
/// Remembers @p window's geometry and state in the settings for the next start.
void saveWindowGeometry(const QMainWindow *window);

} // namespace Quorum::Ui
