// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotestsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace Quorum::Test {

Database openSharedDemo()
{
    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_path;
    if (!s_dir) {
        s_dir = std::make_unique<QTemporaryDir>();
        REQUIRE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("demo.sqlite"));
        createDemoDatabase(s_path, DemoOverwrite::Refuse);
    }
    return Database::open(s_path);
}

std::vector<QVariantList> rows(const Database &db, const QString &sql, const QVariantList &values)
{
    // A plain prepared QSqlQuery: the test needs the column count, which Query does not expose.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    REQUIRE(query.exec());
    std::vector<QVariantList> out;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i) {
            row << query.value(i);
        }
        out.push_back(row);
    }
    return out;
}

QString dumpAllTables(const Database &db)
{
    QStringList lines;
    const auto tables = rows(db,
                             QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                            "'table' AND name NOT LIKE 'sqlite_%' "
                                            "ORDER BY name"));
    for (const QVariantList &table : tables) {
        const QString name = table.at(0).toString();
        // Each database gets its own random instance id, and event hashes cover it.
        if (name == QLatin1String("database_info")) {
            continue;
        }
        const QString columns = name == QLatin1String("audit_events")
            ? QStringLiteral("seq, occurred_at, person_id, actor, action, entity, entity_id, "
                             "before_json, after_json")
            : QStringLiteral("*");
        lines << QStringLiteral("# ") + name;
        // Table names come from sqlite_master itself; identifiers cannot be bound.
        for (const QVariantList &row :
             rows(db, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid").arg(columns, name))) {
            QStringList cells;
            for (const QVariant &cell : row) {
                cells << (cell.isNull() ? QStringLiteral("NULL") : cell.toString());
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Quorum::Test
