// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Quorum::Ui {

/// The first-run page, shown while no database is open: open the demo database, open or
/// create a file, or pick one of the recent databases.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentDatabases(const QStringList &paths);

Q_SIGNALS:
    void openDemoRequested();
    void openRequested();
    void newRequested();
    void recentRequested(const QString &path);

private:
    QWidget *createActions();
    QWidget *createRecentList();

    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
};

} // namespace Quorum::Ui
