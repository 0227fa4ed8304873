// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

#include <cmath>

using namespace Quorum;

namespace {

struct GoodHistory
{
    const char *bytes;
    double value;
    qint64 step;
    qint64 timestampMs;
    int lines;
};

struct BadHistory
{
    const char *bytes;
    const char *found; ///< the part of the message that says what was found
};

const QString kFile = QStringLiteral("mlruns/1/abc/metrics/accuracy");

} // namespace

TEST_CASE("Metric histories give MLflow's latest value", "[importers][mlflow]")
{
    const GoodHistory cases[] = {
        {"1721476991168 0.6661102694838198 0\n", 0.6661102694838198, 0, 1721476991168, 1},
        {"10 0.25\n", 0.25, 0, 10, 1},                                  // 2 fields: step 0
        {"5 0.98 0 61fce82b80e24d2183d253760b881d52\n", 0.98, 0, 5, 1}, // logged-model line
        {"5 0.98 0\n5 0.98 0\n", 0.98, 0, 5, 2},                        // MLflow 3 duplicates
        {"100 0.9 1\n200 0.8 0\n", 0.9, 1, 100, 2},                     // step first
        {"100 0.9 0\n200 0.8 0\n", 0.8, 0, 200, 2},                     // then time
        {"1 0.2 0\n1 0.7 0\n1 0.4 0\n", 0.7, 0, 1, 3},                  // then value
        {"1 1e-05 0\n", 1e-05, 0, 1, 1},
        {"1 -3.5e+2 7\n", -350.0, 7, 1, 1},
        {"1 0.5 0\r\n", 0.5, 0, 1, 1},        // Windows line end
        {"\n1 0.5 0\n\n", 0.5, 0, 1, 1},      // blank lines
        {"1 0.5 0 \n", 0.5, 0, 1, 1},         // MLflow strips a line before splitting it
        {"1 0.3 0\n1 nan 0\n", 0.3, 0, 1, 2}, // NaN orders below every number
        {"1 -inf 0\n", -INFINITY, 0, 1, 1},
    };
    for (const GoodHistory &c : cases) {
        INFO(c.bytes);
        const MlflowMetric metric = parseMlflowMetricHistory(c.bytes, QStringLiteral("acc"), kFile);
        CHECK(metric.key == QStringLiteral("acc"));
        CHECK(metric.value == c.value);
        CHECK(metric.step == c.step);
        CHECK(metric.timestamp == QDateTime::fromMSecsSinceEpoch(c.timestampMs, QTimeZone::utc()));
        CHECK(metric.lines == c.lines);
    }
}

TEST_CASE("Python's nan and inf metric values are read as such", "[importers][mlflow]")
{
    CHECK(std::isnan(parseMlflowMetricHistory("1 nan 0\n", QStringLiteral("loss"), kFile).value));
    CHECK(parseMlflowMetricHistory("1 inf 0\n", QStringLiteral("loss"), kFile).value == INFINITY);
}

TEST_CASE("Bad metric lines are refused naming the file, the line and what was found",
          "[importers][mlflow]")
{
    const BadHistory cases[] = {
        {"1 0.5 0\n2 0.6 0\nabc 0.7 0\n", "timestamp \"abc\""},
        {"1 0.5 0\n2 0.6 0\n3 x 0\n", "value \"x\""},
        {"1 0.5 0\n2 0.6 0\n3 0.7 1.5\n", "step \"1.5\""},
        {"1 0.5 0\n2 0.6 0\n3 0.7 0 run extra\n", "5 field(s) in \"3 0.7 0 run extra\""},
        {"1 0.5 0\n2 0.6 0\n3\n", "1 field(s) in \"3\""},
        {"1 0.5 0\n2 0.6 0\n3  0.7 0\n", "value \"\""},
        {"1 0.5 0\n2 0.6 0\n3 0x1p3 0\n", "value \"0x1p3\""},
        {"1 0.5 0\n2 0.6 0\n3.0 0.7 0\n", "timestamp \"3.0\""},
        {"1 0.5 0\n2 0.6 0\n99999999999999999999 0.7 0\n", "timestamp \"99999999999999999999\""},
    };
    for (const BadHistory &c : cases) {
        INFO(c.bytes);
        try {
            parseMlflowMetricHistory(c.bytes, QStringLiteral("accuracy"), kFile);
            FAIL("a bad line must be refused");
        } catch (const ImportError &error) {
            CHECK(error.kind() == ImportErrorKind::Malformed);
            CHECK(error.file() == kFile);
            CHECK(error.location() == QStringLiteral("line 3"));
            CHECK(error.message().startsWith(kFile
                                             + QStringLiteral(": line 3: expected "
                                                              "\"timestamp value [step]\"")));
            CHECK(error.message().endsWith(QStringLiteral("found ") + QLatin1String(c.found)));
        }
    }
}

TEST_CASE("A metric file without values is refused", "[importers][mlflow]")
{
    for (const char *bytes : {"", "\n\n", " \n"}) {
        try {
            parseMlflowMetricHistory(bytes, QStringLiteral("accuracy"), kFile);
            FAIL("an empty history must be refused");
        } catch (const ImportError &error) {
            CHECK(error.kind() == ImportErrorKind::Malformed);
            CHECK(error.message().startsWith(kFile + QStringLiteral(": no values")));
        }
    }
}
