// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs shaped to make a scan quadratic (found by reading the scanners while fuzzing them;
// the JSON one times out under the fuzz harness): a parser that re-reads the rest of the text
// at every separator takes seconds on a quarter megabyte and hours on a 32 MiB file that the
// size limit still lets in. These tests check the results; how long they take is for the fuzz
// targets' -timeout and ctest's timeout to catch, not a pass/fail budget here.
#include "importers/evidently/evidentlyreport.h"
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Number-like runs of signs and dots in a JSON file are refused as malformed",
          "[importers][malformed]")
{
    // Every "-" after "." starts a run of digits, dots and signs reaching to the end.
    const QByteArray bytes = "[" + QByteArray(".-1").repeated(21'000) + "]";
    std::optional<ImportError> error;
    try {
        parseJsonDocument(bytes, QStringLiteral("numbers.json"), ImportLimits{});
    } catch (const ImportError &e) {
        error = e;
    }
    REQUIRE(error);
    CHECK(error->kind() == ImportErrorKind::Malformed);
    CHECK(error->message().startsWith(QStringLiteral("numbers.json: line 1, column ")));
}

TEST_CASE("An Evidently metric id with many commas keeps them in the column's value",
          "[importers][malformed]")
{
    // 128,000 commas, each followed by text that is not "key=", so all of them belong to the
    // column's value: a regular expression run on the rest of the id at each comma reads it
    // 128,000 times.
    const QByteArray bytes
        = "{\"metrics\": [{\"metric_id\": \"ValueDrift(method=psi,threshold=0.1,column=age"
        + QByteArray(",b").repeated(128'000) + ")\", \"value\": 0.3}]}";
    const EvidentlyReport report
        = parseEvidentlyReport(bytes, QStringLiteral("report.json"), ImportLimits{});
    REQUIRE(report.columns.size() == 1);
    CHECK(report.columns.front().column.size() == 3 + 2 * 128'000);
    CHECK(report.columns.front().column.startsWith(QStringLiteral("age,b,b,")));
    CHECK(report.columns.front().statistic == QStringLiteral("psi"));
    CHECK(report.columns.front().threshold == 0.1);
    CHECK(report.columns.front().score == 0.3);
}
