// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Quorum::Ui {

class RecentDatabases;

/// File → Open Recent: the recent databases, newest first, and Clear List.
class RecentDatabasesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentDatabasesMenu)

public:
    explicit RecentDatabasesMenu(RecentDatabases *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fill();

    RecentDatabases *m_recent;
};

} // namespace Quorum::Ui
