// SPDX-License-Identifier: GPL-3.0-or-later
#include "homefixture.h"

#include "uitestdata.h"

#include <QSignalSpy>
#include <QStackedWidget>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

HomeFixture::HomeFixture()
{
    resetUiSettings();
    m_area = std::make_unique<Ui::HomeArea>();
    m_area->resize(1200, 900);
    m_area->show();
}

HomeFixture::~HomeFixture()
{
    m_area.reset();
    resetUiSettings();
}

void HomeFixture::open(Database &db, const QDateTime &now)
{
    db.setClock([now] { return now; });
    m_area->setDatabaseSource([&db]() -> const Database * { return &db; });
    reload();
}

void HomeFixture::reload()
{
    QSignalSpy loaded(m_area.get(), &Ui::HomeArea::loaded);
    m_area->reload();
    REQUIRE(loaded.wait(kTimeoutMs));
}

Ui::DashboardList *HomeFixture::list(const QString &objectName) const
{
    auto *found = m_area->findChild<Ui::DashboardList *>(objectName);
    REQUIRE(found);
    return found;
}

QTreeWidget *HomeFixture::tree(const QString &listName) const
{
    return list(listName)->tree();
}

QString HomeFixture::emptyText(const QString &listName) const
{
    auto *empty = m_area->findChild<QLabel *>(listName + QStringLiteral("Empty"));
    REQUIRE(empty);
    return empty->isVisible() ? empty->text() : QString();
}

QStringList HomeFixture::column(const QString &listName, int column) const
{
    QStringList texts;
    const QTreeWidget *t = tree(listName);
    for (int i = 0; i < t->topLevelItemCount(); ++i) {
        texts.append(t->topLevelItem(i)->text(column));
    }
    return texts;
}

QString HomeFixture::label(const QString &objectName) const
{
    auto *found = m_area->findChild<QLabel *>(objectName);
    REQUIRE(found);
    return found->text();
}

} // namespace Quorum::Test
