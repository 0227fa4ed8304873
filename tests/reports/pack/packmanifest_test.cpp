// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack/packmanifest.h"
#include "reportfixture.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Reports;

namespace {

const QString kHexA(64, QLatin1Char('a'));
const QString kHexB(64, QLatin1Char('b'));

PackManifest sampleManifest()
{
    PackManifest m;
    m.scope = QStringLiteral("model fraud-detection");
    m.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    m.generator = QStringLiteral("Quorum 0.1.0");
    m.databaseInstanceId = QStringLiteral("6f1c2a9e-instance");
    m.exporterName = QStringLiteral("Sofia Marchetti");
    m.exporterEmail = QStringLiteral("sofia.marchetti@example.org");
    m.exporterCertificate = QStringLiteral("certificates/") + kHexA + QStringLiteral(".pem");
    m.exporterFingerprint = kHexA;
    m.files = {{QStringLiteral("VERIFY.txt"), kHexB, 12},
               {QStringLiteral("audit/events.jsonl"), kHexA, 0},
               {QStringLiteral("report.pdf"), kHexB, 123456789}};
    return m;
}

// The problem fromJson() reports for sampleManifest()'s JSON with @p from replaced by @p to.
QString problemAfter(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = sampleManifest().toJson();
    REQUIRE(json.contains(from));
    json.replace(from, to);
    QString problem;
    CHECK_FALSE(PackManifest::fromJson(json, &problem).has_value());
    return problem;
}

} // namespace

TEST_CASE("A manifest reads back as written, and its JSON is canonical", "[reports]")
{
    const QByteArray json = sampleManifest().toJson();
    CHECK(
        json.startsWith("{\n  \"database_instance_id\": \"6f1c2a9e-instance\",\n  \"exporter\": {\n"
                        "    \"certificate\": "));
    CHECK(json.contains("  \"generated_at\": \"2026-11-20T09:30:00Z\",\n"));
    CHECK(json.contains("      \"path\": \"VERIFY.txt\",\n      \"sha256\": \""));
    CHECK(json.endsWith("}\n"));

    QString problem;
    const std::optional<PackManifest> read = PackManifest::fromJson(json, &problem);
    INFO(problem.toStdString());
    REQUIRE(read);
    CHECK(read->scope == QStringLiteral("model fraud-detection"));
    CHECK(read->generatedAt == sampleManifest().generatedAt);
    CHECK(read->exporterName == QStringLiteral("Sofia Marchetti"));
    CHECK(read->exporterFingerprint == kHexA);
    REQUIRE(read->files.size() == 3);
    CHECK(read->files[2].path == QStringLiteral("report.pdf"));
    CHECK(read->files[2].size == 123456789);
    CHECK(read->toJson() == json);
}

TEST_CASE("A manifest that is not of this format is refused with the key path at fault",
          "[reports]")
{
    CHECK(problemAfter("\"sha256\": \"" + kHexA.toLatin1(),
                       "\"sha256\": \"" + kHexA.toUpper().toLatin1())
          == QStringLiteral("files[1].sha256: expected 64 lower-case hex digits"));
    CHECK(problemAfter("\"size\": 12", "\"size\": -12")
          == QStringLiteral("files[0].size: expected a whole number of bytes"));
    CHECK(problemAfter("\"path\": \"report.pdf\"", "\"path\": \"../report.pdf\"")
          == QStringLiteral("files[2].path: not a safe entry name of a packed file"));
    CHECK(problemAfter("\"path\": \"report.pdf\"", "\"path\": \"VERIFY.txt\"")
          == QStringLiteral("files[2].path: 'VERIFY.txt' is out of order (files are sorted by "
                            "path)"));
    CHECK(problemAfter("\"fingerprint\"", "\"thumbprint\"")
          == QStringLiteral("exporter.fingerprint: missing"));
    CHECK(problemAfter("\"format\": 1", "\"format\": 1, \"extra\": true")
          == QStringLiteral("extra: unexpected key"));
    CHECK(problemAfter("\"format\": 1", "\"format\": 2") == QStringLiteral("format: expected 1"));
    CHECK(problemAfter("2026-11-20T09:30:00Z", "2026-11-20 09:30")
          == QStringLiteral("generated_at: expected a UTC time such as 2026-11-20T09:30:00Z"));
    CHECK(problemAfter("\"scope\": \"model fraud-detection\"", "\"scope\": 7")
          == QStringLiteral("scope: expected a string"));
    CHECK(problemAfter("\"files\": [", "\"files\": {\"x\": [")
              .startsWith(QStringLiteral("not JSON: ")));
}
