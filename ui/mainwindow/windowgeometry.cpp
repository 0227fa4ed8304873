// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowgeometry.h"

#include <QMainWindow>
#include <QSettings>

namespace Quorum::Ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

void restoreWindowGeometry(QMainWindow *window, QSize defaultSize)
{
    const QSettings settings;
    if (!window->restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        window->resize(defaultSize);
    }
    window->restoreState(settings.value(kStateKey).toByteArray());
}

void saveWindowGeometry(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(kGeometryKey, window->saveGeometry());
    settings.setValue(kStateKey, window->saveState());
}

} // namespace Quorum::Ui
