// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/evaluationfile/evaluationfile.h"
#include "testfiles.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Test::importErrorOf;
using Test::text;

namespace {

EvaluationFile sample(const char *name)
{
    const QString file = QString::fromLatin1(name);
    return parseEvaluationFile(Test::evidentlyTestData(file), file, {});
}

ImportError errorOf(const QByteArray &bytes, const char *file)
{
    return importErrorOf([&] { parseEvaluationFile(bytes, QString::fromLatin1(file), {}); });
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

TEST_CASE("A JSON evaluation file gives its rows with normalised names, splits and windows",
          "[importers][evidently]")
{
    const EvaluationFile file = sample("evaluations.json");
    REQUIRE(file.evaluations.size() == 6);
    const EvaluationRow &accuracy = file.evaluations[0];
    CHECK(accuracy.metric == u"accuracy");
    CHECK(accuracy.value == 0.912);
    CHECK(accuracy.split == u"test");
    CHECK(accuracy.segment == u"all");
    CHECK_FALSE(accuracy.windowStart.isValid());
    CHECK(accuracy.where == u"evaluations[0]");
    CHECK(file.evaluations[1].metric == u"f1"); // "F1 Score"
    CHECK(file.evaluations[1].split == u"validation");
    CHECK(file.evaluations[2].metric == u"roc_auc"); // "test_roc_auc": the split from the name
    CHECK(file.evaluations[2].split == u"test");
    CHECK(file.evaluations[3].segment == u"sex=female");
    // Dates cover whole days in UTC.
    CHECK(file.evaluations[4].split == u"production");
    CHECK(file.evaluations[4].windowStart == utc(2025, 1, 1));
    CHECK(file.evaluations[4].windowEnd == utc(2025, 1, 31, 23, 59, 59));
    // Date-times keep their instant: 00:00 at +01:00 is 23:00 UTC the day before.
    CHECK(file.evaluations[5].windowStart == utc(2024, 12, 31, 23));
    CHECK(file.evaluations[5].windowEnd == utc(2025, 1, 31, 23));
    CHECK(file.evaluations[5].value == 41.5);

    REQUIRE(file.fairness.size() == 1);
    const FairnessResult &sex = file.fairness[0];
    CHECK(sex.attribute == u"sex");
    CHECK(sex.privilegedGroup == u"male");
    CHECK(sex.favourableOutcome == u"approved");
    CHECK(sex.split == u"test");
    CHECK(sex.where == u"fairness[0]");
    REQUIRE(sex.groups.size() == 2);
    CHECK(sex.groups[0].group == u"male");
    CHECK(sex.groups[0].truePositives == 40);
    CHECK(sex.groups[0].brier == 0.12);
    CHECK(sex.groups[1].falseNegatives == 20);
    CHECK_FALSE(sex.groups[1].brier.has_value());
}

TEST_CASE("A CSV evaluation file with a BOM, CRLF, quotes and a blank line reads exactly",
          "[importers][evidently]")
{
    const EvaluationFile file = sample("evaluations.csv");
    REQUIRE(file.evaluations.size() == 4);
    CHECK(file.evaluations[0].metric == u"accuracy");
    CHECK(file.evaluations[0].where == u"line 2");
    CHECK(file.evaluations[1].metric == u"precision");
    CHECK(file.evaluations[1].value == 0.88);
    CHECK(file.evaluations[1].segment == u"all"); // empty cell: the default
    CHECK(file.evaluations[2].metric == u"recall");
    CHECK(file.evaluations[2].segment == u"region=north, \"east\"");
    CHECK(file.evaluations[2].where == u"line 5"); // after the blank line 4
    CHECK(file.evaluations[3].windowEnd == utc(2025, 1, 31, 23, 59, 59));
    CHECK(file.fairness.empty());
}

TEST_CASE("A fairness CSV groups its rows by attribute with one privileged group each",
          "[importers][evidently]")
{
    const EvaluationFile file = sample("fairness.csv");
    CHECK(file.evaluations.empty());
    REQUIRE(file.fairness.size() == 2);
    const FairnessResult &sex = file.fairness[0];
    CHECK(sex.attribute == u"sex");
    CHECK(sex.privilegedGroup == u"male");
    CHECK(sex.favourableOutcome == u"1");
    CHECK(sex.where == u"line 2");
    REQUIRE(sex.groups.size() == 2);
    CHECK(sex.groups[1].trueNegatives == 60);
    const FairnessResult &age = file.fairness[1];
    CHECK(age.privilegedGroup == u"25_to_60"); // "YES"
    REQUIRE(age.groups.size() == 3);
    CHECK(age.groups[2].group == u"over_60");
    CHECK(age.groups[2].falsePositives == 2);
}

TEST_CASE("Bad evaluation files are refused with the line and column or the key path",
          "[importers][evidently]")
{
    SECTION("an unknown split")
    {
        const ImportError e = errorOf(
            R"({"evaluations": [{"metric": "accuracy", "value": 0.9, "split": "holdout"}]})",
            "e.json");
        CHECK(e.kind() == ImportErrorKind::Invalid);
        CHECK(text(e.message())
              == "e.json: evaluations[0].split: expected train, validation, test or production, "
                 "found \"holdout\"");
    }
    SECTION("a value that is no number")
    {
        const ImportError e = errorOf("metric,value\naccuracy,0.9\nrecall,n/a\n", "e.csv");
        CHECK(text(e.message())
              == "e.csv: line 3, column \"value\": expected a number, found the text \"n/a\"");
    }
    SECTION("a NaN value")
    {
        const ImportError e = errorOf("metric,value\naccuracy,nan\n", "e.csv");
        CHECK(text(e.message())
              == "e.csv: line 2, column \"value\": expected a finite number, found NaN");
    }
    SECTION("a percentage for a unit-interval metric")
    {
        const ImportError e = errorOf("metric,value\naccuracy,91.2\n", "e.csv");
        CHECK(e.location() == u"line 2, column \"value\"");
        CHECK(text(e.problem()).find("expected a value from 0 to 1 for accuracy, found 91.2") == 0);
    }
    SECTION("a header without the value column")
    {
        const ImportError e = errorOf("metric,split\naccuracy,test\n", "e.csv");
        CHECK(text(e.message())
              == "e.csv: line 1: the header has no column \"value\"; expected metric,value");
    }
    SECTION("an unknown column")
    {
        const ImportError e = errorOf("metric,value,windows_start\naccuracy,0.9,\n", "e.csv");
        CHECK(e.location() == u"line 1, column \"windows_start\"");
    }
    SECTION("a row with a field too many")
    {
        const ImportError e = errorOf("metric,value\naccuracy,0.9,test\n", "e.csv");
        CHECK(text(e.message()) == "e.csv: line 2: expected 2 fields as in the header, found 3");
    }
    SECTION("a production row without a window")
    {
        const ImportError e = errorOf("metric,value,split\naccuracy,0.9,production\n", "e.csv");
        CHECK(e.location() == u"line 2, column \"window_start\"");
        CHECK(text(e.problem()).find("production rows need window_start and window_end") == 9);
    }
    SECTION("a window on a test row")
    {
        const ImportError e = errorOf(R"({"evaluations": [{"metric": "accuracy", "value": 0.9,
            "window_start": "2025-01-01", "window_end": "2025-01-31"}]})",
                                      "e.json");
        CHECK(text(e.message())
              == "e.json: evaluations[0].window_start: only production rows have a window; this "
                 "row's split is test");
    }
    SECTION("a quote never closed")
    {
        const ImportError e = errorOf("metric,value\n\"accuracy,0.9\n", "e.csv");
        CHECK(e.kind() == ImportErrorKind::Malformed);
        CHECK(text(e.message())
              == "e.csv: line 2, column 1: a quoted field is never closed; expected a closing \"");
    }
}

TEST_CASE("Bad fairness results are refused with the row or key path", "[importers][evidently]")
{
    const char *header = "attribute,group,privileged,tp,fp,tn,fn\n";
    SECTION("a group listed twice")
    {
        const ImportError e = errorOf(QByteArray(header)
                                          + "sex,male,1,4,1,4,1\nsex,female,0,2,1,"
                                            "6,2\nsex,male,0,1,1,1,1\n",
                                      "f.csv");
        CHECK(text(e.message())
              == "f.csv: line 4, column \"group\": the group \"male\" of \"sex\" is listed twice; "
                 "expected each group once");
    }
    SECTION("one group only")
    {
        const ImportError e = errorOf(R"({"fairness": [{"attribute": "sex",
            "privileged_group": "male", "groups": [{"group": "male", "tp": 1, "fp": 1, "tn": 1,
            "fn": 1}]}]})",
                                      "f.json");
        CHECK(text(e.message())
              == "f.json: fairness[0].groups: expected at least two groups to compare, found 1");
        const ImportError csv = errorOf(QByteArray(header) + "sex,male,1,4,1,4,1\n", "f.csv");
        CHECK(text(csv.message())
              == "f.csv: line 2: \"sex\" (split test) has one group, \"male\"; expected at least "
                 "two to compare");
    }
    SECTION("a negative count")
    {
        const ImportError e
            = errorOf(QByteArray(header) + "sex,male,1,4,1,4,1\nsex,female,0,2,-5,6,2\n", "f.csv");
        CHECK(text(e.message())
              == "f.csv: line 3, column \"fp\": expected a count of 0 or more, found -5");
    }
    SECTION("a fractional count")
    {
        const ImportError e
            = errorOf(QByteArray(header) + "sex,male,1,4,1,4,1\nsex,female,0,2.5,1,6,2\n", "f.csv");
        CHECK(e.location() == u"line 3, column \"tp\"");
    }
    SECTION("two privileged groups")
    {
        const ImportError e = errorOf(
            QByteArray(header) + "sex,male,yes,4,1,4,1\nsex,female,true,2,1,6,2\n", "f.csv");
        CHECK(text(e.message())
              == "f.csv: line 3, column \"privileged\": a second privileged group of \"sex\" (the "
                 "first is \"male\" on line 2); expected exactly one");
    }
    SECTION("no privileged group")
    {
        const ImportError e
            = errorOf(QByteArray(header) + "sex,male,no,4,1,4,1\nsex,female,0,2,1,6,2\n", "f.csv");
        CHECK(e.location() == u"line 2");
        CHECK(text(e.problem()).find("no row of \"sex\" (split test) has privileged true") == 0);
    }
    SECTION("a privileged flag that is not true or false")
    {
        const ImportError e = errorOf(
            QByteArray(header) + "sex,male,maybe,4,1,4,1\nsex,female,0,2,1,6,2\n", "f.csv");
        CHECK(text(e.message())
              == "f.csv: line 2, column \"privileged\": expected true or false (or 1/0, yes/no), "
                 "found \"maybe\"");
    }
    SECTION("a privileged group that is none of the groups")
    {
        const ImportError e = errorOf(R"({"fairness": [{"attribute": "sex",
            "privileged_group": "men", "groups": [{"group": "male", "tp": 1, "fp": 1, "tn": 1,
            "fn": 1}, {"group": "female", "tp": 1, "fp": 1, "tn": 1, "fn": 1}]}]})",
                                      "f.json");
        CHECK(text(e.message())
              == "f.json: fairness[0].privileged_group: expected one of the groups (male, "
                 "female), found \"men\"");
    }
}
