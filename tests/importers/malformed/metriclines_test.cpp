// SPDX-License-Identifier: GPL-3.0-or-later
// MLflow metric history files with bad lines: each refused naming the file, the line and
// the field, as "timestamp value [step]" lines are all MLflow writes.
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cmath>

using namespace Quorum;

namespace {

const QString kFile = QStringLiteral("mlruns/7/0123456789abcdef0123456789abcdef/metrics/rmse");

std::optional<ImportError> refusal(const QByteArray &bytes)
{
    try {
        parseMlflowMetricHistory(bytes, QStringLiteral("rmse"), kFile);
    } catch (const ImportError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A metric line with bad fields is refused naming the file, line and field",
          "[importers][malformed]")
{
    const auto [bytes, where, found] = GENERATE(table<QByteArray, QString, QString>({
        {"1754216715546 0.98 0 0123456789abcdef0123456789abcdef extra\n", QStringLiteral("line 1"),
         QStringLiteral("5 field")},
        {"1754216715546\n", QStringLiteral("line 1"), QStringLiteral("1 field")},
        {"1754216715546 0.98 0\nyesterday 0.97 1\n", QStringLiteral("line 2"),
         QStringLiteral("timestamp \"yesterday\"")},
        {"1754216715546 0.98 0\n1754216715547 zero 1\n", QStringLiteral("line 2"),
         QStringLiteral("value \"zero\"")},
        {"1754216715546 0.98 1.5\n", QStringLiteral("line 1"), QStringLiteral("step \"1.5\"")},
        {"1754216715546  0.98 0\n", QStringLiteral("line 1"), QStringLiteral("value \"\"")},
        {"1754216715546\t0.98 0\n", QStringLiteral("line 1"),
         QStringLiteral("timestamp \"1754216715546\t0.98\"")},
        {"1754216715546 0.98 0\n\n\n1754216715546 0,98 0\n", QStringLiteral("line 4"),
         QStringLiteral("value \"0,98\"")},
        {"99999999999999999999 0.98 0\n", QStringLiteral("line 1"),
         QStringLiteral("timestamp \"99999999999999999999\"")},
        {"1754216715546 0.98 99999999999999999999\n", QStringLiteral("line 1"),
         QStringLiteral("step \"99999999999999999999\"")},
    }));
    const std::optional<ImportError> error = refusal(bytes);
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == ImportErrorKind::Malformed);
    CHECK(error->message().startsWith(kFile + QStringLiteral(": ") + where + QStringLiteral(": ")));
    CHECK(error->message().contains(QStringLiteral("expected \"timestamp value [step]\"")));
    CHECK(error->message().contains(QStringLiteral("found ") + found));
}

TEST_CASE("An empty or blank metric file is refused as having no values", "[importers][malformed]")
{
    const QByteArray bytes = GENERATE(QByteArray(), QByteArray("\n\n  \n"));
    const std::optional<ImportError> error = refusal(bytes);
    REQUIRE(error);
    CHECK(error->kind() == ImportErrorKind::Malformed);
    CHECK(error->message()
          == kFile + QStringLiteral(": no values, expected lines \"timestamp value [step]\""));
}

TEST_CASE("Python's nan and inf metric values are read, not refused, as MLflow reads them",
          "[importers][malformed]")
{
    // NaN orders below every number, so the finite value of the same step wins.
    const MlflowMetric latest = parseMlflowMetricHistory(
        "1754216715546 nan 3\n1754216715546 0.5 3\n1754216715000 inf 2\n", QStringLiteral("rmse"),
        kFile);
    CHECK(latest.value == 0.5);
    CHECK(latest.step == 3);
    CHECK(latest.lines == 3);
    const MlflowMetric infinite
        = parseMlflowMetricHistory("1754216715546 -inf 0\n", QStringLiteral("rmse"), kFile);
    CHECK(std::isinf(infinite.value));
    CHECK(infinite.value < 0);
}
