// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace Quorum::Ui {

class DatabaseController;

/// The main window's status bar. It follows a DatabaseController: a busy indicator while a
/// database opens (a progress bar while the demo is built), and the open database's path,
/// schema version and journal mode.
class DatabaseStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseStatusBar)

public:
    explicit DatabaseStatusBar(DatabaseController *controller, QWidget *parent = nullptr);

private:
    void showBusy(const QString &text);
    void showProgress(int done, int total);
    void showIdle();
    void showDatabase();
    void clearDatabase();

    DatabaseController *m_controller;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QLabel *m_path;
    QLabel *m_schema;
    QLabel *m_journal;
};

} // namespace Quorum::Ui
