// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/evidently/evidentlyreport.h"
#include "testfiles.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Test::importErrorOf;
using Test::text;

namespace {

// A legacy DataDriftTable with one column "age" whose members are @p members.
QByteArray legacyWithColumn(const char *members)
{
    return QByteArray(R"({"version": "0.4.40", "metrics": [{"metric": "DataDriftTable",
        "result": {"drift_by_columns": {"age": {"column_name": "age", "column_type": "num",
        "stattest_name": "K-S p_value", )")
        + members + "}}}}]}";
}

ImportError errorOf(const QByteArray &json, const QString &file = QStringLiteral("bad.json"))
{
    return importErrorOf([&] { parseEvidentlyReport(json, file, {}); });
}

} // namespace

TEST_CASE("Non-finite and out-of-range drift scores are refused by key path",
          "[importers][evidently]")
{
    const QString at = QStringLiteral("metrics[0].result.drift_by_columns.age.drift_score");
    SECTION("NaN, as Python's json module writes it")
    {
        const ImportError e
            = errorOf(legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": NaN)"));
        CHECK(e.kind() == ImportErrorKind::Invalid);
        CHECK(text(e.message())
              == "bad.json: " + text(at) + ": expected a finite number, found NaN");
    }
    SECTION("Infinity")
    {
        const ImportError e
            = errorOf(legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": -Infinity)"));
        CHECK(e.kind() == ImportErrorKind::Invalid);
        CHECK(e.location() == at);
        CHECK(text(e.problem()).find("expected a finite number, found -Infinity")
              != std::string::npos);
    }
    SECTION("a number too large for a double")
    {
        const ImportError e
            = errorOf(legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": 1e400)"));
        INFO(text(e.message()));
        CHECK(e.file() == u"bad.json");
        // Qt's JSON parser itself refuses a number literal beyond a double ("illegal number",
        // at its line and column); were parseJsonDocument to quote such literals as it does
        // NaN, SourceNode would name the key path instead. Either way the file is refused.
        if (e.kind() == ImportErrorKind::Malformed) {
            CHECK(e.location() == u"line 3, column 88");
            CHECK(text(e.problem()).find("illegal number") != std::string::npos);
        } else {
            CHECK(e.kind() == ImportErrorKind::Invalid);
            CHECK(e.location() == at);
        }
        // Written as text, the same number is refused by its key path.
        const ImportError quoted
            = errorOf(legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": "1e400")"));
        CHECK(quoted.kind() == ImportErrorKind::Invalid);
        CHECK(text(quoted.message())
              == "bad.json: " + text(at)
                  + ": expected a finite number, found 1e400 (infinite or too large for a "
                    "double)");
    }
    SECTION("text that is no number")
    {
        const ImportError e
            = errorOf(legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": "abc")"));
        CHECK(text(e.message())
              == "bad.json: " + text(at) + ": expected a number, found the text \"abc\"");
    }
}

TEST_CASE("Missing keys and wrong types in a legacy report name their key path",
          "[importers][evidently]")
{
    SECTION("no stattest_threshold")
    {
        const ImportError e = errorOf(legacyWithColumn(R"("drift_score": 0.01)"));
        CHECK(text(e.message())
              == "bad.json: metrics[0].result.drift_by_columns.age.stattest_threshold: missing; "
                 "expected a number");
    }
    SECTION("drift_by_columns is a list")
    {
        const ImportError e = errorOf(R"({"metrics": [{"metric": "DataDriftTable",
            "result": {"drift_by_columns": [1, 2]}}]})");
        CHECK(text(e.message())
              == "bad.json: metrics[0].result.drift_by_columns: expected an object, found a list");
    }
    SECTION("no stattest_name")
    {
        const ImportError e = errorOf(R"({"metrics": [{"metric": "ColumnDriftMetric",
            "result": {"column_name": "age", "stattest_threshold": 0.1, "drift_score": 0.2}}]})");
        CHECK(text(e.message())
              == "bad.json: metrics[0].result.stattest_name: missing; expected text");
    }
    SECTION("drift_detected is a number")
    {
        const ImportError e = errorOf(legacyWithColumn(
            R"("stattest_threshold": 0.1, "drift_score": 0.01, "drift_detected": 3)"));
        CHECK(e.location() == u"metrics[0].result.drift_by_columns.age.drift_detected");
        CHECK(e.problem() == u"expected true or false, found a number");
    }
    SECTION("the document is a list")
    {
        const ImportError e = errorOf("[1, 2]");
        CHECK(text(e.message()) == "bad.json: expected an object, found a list");
    }
}

TEST_CASE("A report without a drift metric is refused, naming what it holds",
          "[importers][evidently]")
{
    const ImportError e = errorOf(R"({"version": "0.3.3", "metrics": [
        {"metric": "ColumnSummaryMetric", "result": {}},
        {"metric": "DatasetDriftMetric", "result": {"share_of_drifted_columns": 0.4,
         "dataset_drift": false}}]})");
    CHECK(e.kind() == ImportErrorKind::Invalid);
    CHECK(text(e.message())
          == "bad.json: metrics: no data-drift metric: expected DataDriftTable, "
             "ColumnDriftMetric or ValueDrift; found ColumnSummaryMetric");
    const ImportError suite = errorOf(R"({"version": "0.3.3", "tests": []})");
    CHECK(suite.location() == u"metrics");
    CHECK(text(suite.problem()).find("test suite") != std::string::npos);
}

TEST_CASE("A truncated report is refused with the line and column where it stops",
          "[importers][evidently]")
{
    const QByteArray whole
        = Test::sharedData(QStringLiteral("drift/DrHazza_data_drift_report.json"));
    const ImportError e = errorOf(whole.left(5000), QStringLiteral("cut.json"));
    CHECK(e.kind() == ImportErrorKind::Malformed);
    CHECK(e.file() == u"cut.json");
    CHECK(e.location().startsWith(QStringLiteral("line 1, column ")));
    CHECK(text(e.problem()).find("expected valid JSON") != std::string::npos);
}

TEST_CASE("Malformed 0.7 metric entries are refused by key path", "[importers][evidently]")
{
    SECTION("a NaN value")
    {
        const ImportError e = errorOf(R"j({"metrics": [{"id": "a", "metric_id":
            "ValueDrift(column=age,method=psi,threshold=0.1)", "value": NaN}]})j");
        CHECK(text(e.message())
              == "bad.json: metrics[0].value: expected a finite number, found NaN");
    }
    SECTION("an id that does not close its parentheses")
    {
        const ImportError e = errorOf(R"j({"metrics": [{"metric_id":
            "ValueDrift(column=age,method=psi", "value": 0.2}]})j");
        CHECK(e.location() == u"metrics[0].metric_id");
        CHECK(text(e.problem()).find("in parentheses") != std::string::npos);
    }
    SECTION("a ValueDrift without a column")
    {
        const ImportError e = errorOf(R"j({"metrics": [{"metric_name":
            "ValueDrift(method=psi,threshold=0.1)", "value": 0.2}]})j");
        CHECK(text(e.message())
              == "bad.json: metrics[0].metric_name: expected column=… in "
                 "\"ValueDrift(method=psi,threshold=0.1)\"");
    }
    SECTION("a threshold that is no number")
    {
        const ImportError e = errorOf(R"j({"metrics": [{"metric_id":
            "ValueDrift(column=age,method=psi,threshold=high)", "value": 0.2}]})j");
        CHECK(e.location() == u"metrics[0].metric_id");
        CHECK(e.problem() == u"expected a finite number as threshold, found \"high\"");
    }
    SECTION("an entry naming no metric")
    {
        const ImportError e = errorOf(R"j({"metrics": [
            {"metric_id": "ValueDrift(column=a,method=psi,threshold=0.1)", "value": 0.2},
            {"id": "b", "value": 3}]})j");
        CHECK(e.location() == u"metrics[1]");
    }
}

TEST_CASE("A report over the size limit is refused before it is parsed", "[importers][evidently]")
{
    ImportLimits limits;
    limits.maxDocumentBytes = 100;
    const QByteArray big = legacyWithColumn(R"("stattest_threshold": 0.1, "drift_score": 0.2)");
    const ImportError e
        = importErrorOf([&] { parseEvidentlyReport(big, QStringLiteral("big.json"), limits); });
    CHECK(e.kind() == ImportErrorKind::TooLarge);
    CHECK(e.file() == u"big.json");
    limits.sizeLimit = SizeLimit::Lifted;
    CHECK(parseEvidentlyReport(big, QStringLiteral("big.json"), limits).columns.size() == 1);
}
