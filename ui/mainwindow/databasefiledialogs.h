// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Quorum::Ui {

/// Asks for an existing governance database, starting in @p folder. Empty when cancelled.
QString chooseDatabaseToOpen(QWidget *parent, const QString &folder);

/// Asks where to create a new governance database, adding ".sqlite" when the name has no
/// suffix. It never offers to replace a file: creating refuses existing files with an
/// explanation instead. Empty when cancelled.
QString chooseNewDatabasePath(QWidget *parent, const QString &folder);

} // namespace Quorum::Ui
