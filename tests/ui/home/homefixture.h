// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "home/dashboardlist.h"
#include "home/homearea.h"
#include "storage/database.h"

#include <QDateTime>
#include <QLabel>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace Quorum::Test {

/// A home area shown offscreen over a database whose clock stands still at @p now.
class HomeFixture
{
public:
    HomeFixture();
    ~HomeFixture();
    HomeFixture(const HomeFixture &) = delete;
    HomeFixture &operator=(const HomeFixture &) = delete;

    /// Shows @p db's dashboard at @p now and waits until it is read.
    void open(Database &db, const QDateTime &now);
    /// Reads again and waits.
    void reload();

    Ui::HomeArea &area() { return *m_area; }
    Ui::DashboardList *list(const QString &objectName) const;
    QTreeWidget *tree(const QString &listName) const;
    /// The empty-state text of a list, or empty when it shows rows.
    QString emptyText(const QString &listName) const;
    /// The texts of column @p column, top to bottom.
    QStringList column(const QString &listName, int column) const;
    QString label(const QString &objectName) const;

private:
    std::unique_ptr<Ui::HomeArea> m_area;
};

} // namespace Quorum::Test
