// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/releaselogreport.h"
#include "documentquery.h"
#include "governance/releaselog.h"
#include "reportfixture.h"
#include "storage/query.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <vector>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

const QString kDecided = QStringLiteral("status IN ('approved', 'rejected', 'changes_requested')");

std::vector<qint64> decidedRequestsByClosing(Database &db)
{
    Query query(db,
                QStringLiteral("SELECT id FROM release_requests WHERE ") + kDecided
                    + QStringLiteral(" ORDER BY closed_at, id"));
    query.exec();
    std::vector<qint64> ids;
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

TEST_CASE("The release log has one row per decided request, oldest first, under the header of "
          "the governance log",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const QString log = QString::fromUtf8(buildReleaseLog(db));
    const QStringList lines = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(0) == QStringLiteral("# Model release log"));
    CHECK(lines.at(1)
          == QStringLiteral("| Date (UTC) | Model | Version | Artifact | Checksum | URL | "
                            "Decision | Request |"));
    CHECK(lines.at(2) == QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- |"));

    const QStringList rows = lines.mid(3);
    const auto decided
        = Test::sqlValue(db,
                         QStringLiteral("SELECT count(*) FROM release_requests WHERE ") + kDecided)
              .toLongLong();
    CHECK(decided > 0);
    CHECK(rows.size() == decided);
    QStringList dates;
    for (const QString &row : rows) {
        dates << row.section(QStringLiteral(" | "), 0, 0).mid(2);
    }
    QStringList sorted = dates;
    sorted.sort();
    CHECK(dates == sorted);
    CHECK(rows.front().contains(QStringLiteral("Approved → ")));
}

TEST_CASE("The regenerated release log is byte for byte the log appendReleaseLog writes, so it "
          "can be appended to",
          "[reports]")
{
    Database db = Test::openReportDemo();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("model_release_log.md"));
    for (const qint64 id : decidedRequestsByClosing(db)) {
        appendReleaseLog(path, releaseLogRow(db, id));
    }
    QFile appended(path);
    REQUIRE(appended.open(QIODevice::ReadOnly));
    CHECK(appended.readAll() == buildReleaseLog(db));
}
