// SPDX-License-Identifier: GPL-3.0-or-later
#include "annexivtestsupport.h"

#include "document/reportprogress.h"
#include "reportfixture.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

void execSql(const QString &path, const QString &sql)
{
    Database db = Database::open(path);
    QSqlQuery query(db.connection());
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

qint64 countOf(Database &db, const QString &sql, qint64 bound)
{
    Query query(db, sql);
    query.bind(bound).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Reports::VersionEvidence evidenceOf(const QString &path, const QString &model,
                                    const QString &version)
{
    Database db = Database::open(path);
    const qint64 id = Reports::findVersionId(db, model, version);
    return Reports::loadVersionEvidence(db, id, Reports::ReportProgress());
}

Reports::VersionEvidence demoEvidence(const QString &model, const QString &version)
{
    return evidenceOf(sharedDemoPath(), model, version);
}

} // namespace Quorum::Test
