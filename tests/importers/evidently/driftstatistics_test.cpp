// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/driftseries.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/driftrepository.h"
#include "storage/migrator.h"
#include "storage/writetransaction.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

const QByteArray kSchemaSixRows = R"(
INSERT INTO people (id, name, email, created_at)
    VALUES (1, 'Ada Owner', 'ada@example.org', '2024-01-01T00:00:00Z');
INSERT INTO models (id, name, display_name, owner_id, risk_tier, created_at, updated_at)
    VALUES (1, 'credit-scoring', 'Credit scoring', 1, 2, '2024-01-01T00:00:00Z',
            '2024-01-01T00:00:00Z');
INSERT INTO model_versions (id, model_id, version, version_major, version_minor, version_patch,
                            created_at)
    VALUES (7, 1, '2.1.0', 2, 1, 0, '2024-01-02T00:00:00Z');
INSERT INTO drift_observations (id, version_id, feature, window_start, window_end, statistic,
                                value, p_value, threshold, status, bins_json, recorded_at, source)
    VALUES (42, 7, 'age', '2024-06-01', '2024-06-30', 'ks', 0.31, 0.0004, 0.05, 'drift',
            '{"edges":[0,1],"reference":[1],"current":[1]}', '2024-07-01T08:00:00Z',
            'quorumctl drift');
)";

const QByteArray kZRow = R"(
INSERT INTO drift_observations (version_id, feature, window_start, window_end, statistic, value,
                                p_value, threshold, status, recorded_at)
    VALUES (7, 'sex', '2024-06-01', '2024-06-30', 'z', 0.5, 0.5, 0.05, 'stable',
            '2024-07-01T08:00:00Z');
)";

// A file as schema 6 wrote it: migrations 1–6 only, with a model, a version and a KS row.
QString schemaSixFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("six.sqlite"));
    Test::RawSqlite raw(path);
    for (const Migration &migration : Migrator::migrations()) {
        if (migration.version <= 6) {
            raw.exec(migration.script.toUtf8());
        }
    }
    raw.exec("PRAGMA application_id = 1364348209; PRAGMA user_version = 6;");
    raw.exec(kSchemaSixRows);
    return path;
}

} // namespace

TEST_CASE("Schema 7 keeps schema 6's drift rows and ids and accepts Evidently's statistics",
          "[importers][evidently]")
{
    QTemporaryDir dir;
    const QString path = schemaSixFile(dir);
    {
        Test::RawSqlite raw(path);
        // Schema 6's CHECK knows psi, ks, chi2, js, wasserstein and hellinger only.
        CHECK(raw.tryExec(kZRow) != 0);
    }
    Database db = Database::open(path);
    CHECK(db.schemaVersionAtOpen() == 6);
    CHECK(db.schemaVersion() == 8);
    DriftRepository repository(db);
    std::vector<DriftObservation> rows = repository.forVersion(7);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == 42);
    CHECK(rows[0].feature == u"age");
    CHECK(rows[0].windowStart == QDate(2024, 6, 1));
    CHECK(rows[0].windowEnd == QDate(2024, 6, 30));
    CHECK(rows[0].statistic == u"ks");
    CHECK(rows[0].value == 0.31);
    CHECK(rows[0].pValue == 0.0004);
    CHECK(rows[0].threshold == 0.05);
    CHECK(rows[0].status == DriftStatus::Drift);
    CHECK(rows[0].binsJson == u"{\"edges\":[0,1],\"reference\":[1],\"current\":[1]}");
    CHECK(rows[0].source == u"quorumctl drift");

    WriteTransaction transaction(db);
    DriftObservation z;
    z.versionId = 7;
    z.feature = QStringLiteral("sex");
    z.windowStart = QDate(2024, 6, 1);
    z.windowEnd = QDate(2024, 6, 30);
    z.statistic = QStringLiteral("z");
    z.value = 0.5;
    z.pValue = 0.5;
    z.threshold = 0.05;
    z.recordedAt = QDateTime(QDate(2024, 7, 1), QTime(8, 0), Qt::UTC);
    z.source = QStringLiteral("evidently:report.json#metrics[1]");
    const qint64 id = repository.add(transaction, z);
    transaction.commit();
    CHECK(id > 42);
    rows = repository.forVersion(7, QStringLiteral("sex"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].statistic == u"z");
    CHECK(rows[0].pValue == 0.5);
}

TEST_CASE("Evidently's tests are charted by p-value and its distances by value",
          "[importers][evidently]")
{
    for (const char *test :
         {"ks", "chi2", "z", "tvd", "anderson", "cramer_von_mises", "fisher_exact", "g_test",
          "mann_whitney", "epps_singleton", "t_test", "mmd", "KS"}) {
        INFO(test);
        CHECK(isPValueStatistic(QString::fromLatin1(test)));
    }
    for (const char *distance : {"psi", "js", "wasserstein", "hellinger", "kl", "energy", "x"}) {
        INFO(distance);
        CHECK_FALSE(isPValueStatistic(QString::fromLatin1(distance)));
    }
    CHECK(driftStatisticName(QStringLiteral("z")) == u"Z-test");
    CHECK(driftStatisticName(QStringLiteral("kl")) == u"Kullback–Leibler divergence");
    CHECK(driftStatisticName(QStringLiteral("mann_whitney")) == u"Mann–Whitney U");
    CHECK(driftStatisticName(QStringLiteral("ks")) == u"Kolmogorov–Smirnov");
    CHECK(driftStatisticName(QStringLiteral("psi")) == u"PSI");
    CHECK(driftStatisticName(QStringLiteral("custom")) == u"custom");
}
