// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabasesmenu.h"

#include "mainwindow/recentdatabases.h"

#include <QDir>

namespace Quorum::Ui {

RecentDatabasesMenu::RecentDatabasesMenu(RecentDatabases *recent, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_recent(recent)
{
    setObjectName(QStringLiteral("recentDatabasesMenu"));
    connect(m_recent, &RecentDatabases::changed, this, &RecentDatabasesMenu::fill);
    fill();
}

void RecentDatabasesMenu::fill()
{
    clear();
    const QStringList &paths = m_recent->paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        QAction *action = addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (paths.isEmpty()) {
        addAction(tr("No Recent Databases"))->setEnabled(false);
    }
    addSeparator();
    QAction *clearList = addAction(tr("&Clear List"));
    clearList->setEnabled(!paths.isEmpty());
    connect(clearList, &QAction::triggered, m_recent, &RecentDatabases::clear);
}

} // namespace Quorum::Ui
