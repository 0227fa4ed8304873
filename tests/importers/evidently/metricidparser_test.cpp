// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/evidently/metricidparser.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Internal::parseMetricId;

TEST_CASE("Metric ids split into name and parameters, values with spaces and parentheses",
          "[importers][evidently]")
{
    QString problem;
    const auto id = parseMetricId(
        QStringLiteral("ValueDrift(column=age,method=Wasserstein distance (normed),threshold=0.1)"),
        problem);
    REQUIRE(id);
    CHECK(id->name == u"ValueDrift");
    CHECK(id->params.size() == 3);
    CHECK(id->params.value(QStringLiteral("column")) == u"age");
    CHECK(id->params.value(QStringLiteral("method")) == u"Wasserstein distance (normed)");
    CHECK(id->params.value(QStringLiteral("threshold")) == u"0.1");
}

TEST_CASE("A list parameter keeps its commas; a comma splits only before key=",
          "[importers][evidently]")
{
    QString problem;
    // explicit_metric_id() joins a list with commas: columns=age,sex.
    const auto id = parseMetricId(
        QStringLiteral("DriftedColumnsCount(columns=age,sex,drift_share=0.5)"), problem);
    REQUIRE(id);
    CHECK(id->params.value(QStringLiteral("columns")) == u"age,sex");
    CHECK(id->params.value(QStringLiteral("drift_share")) == u"0.5");
    const auto quoted
        = parseMetricId(QStringLiteral("ValueDrift(column='a,threshold=1',method=psi)"), problem);
    REQUIRE(quoted);
    CHECK(quoted->params.value(QStringLiteral("column")) == u"'a,threshold=1'");
    CHECK(quoted->params.value(QStringLiteral("method")) == u"psi");
}

TEST_CASE("Bare names and empty parentheses are ids without parameters", "[importers][evidently]")
{
    QString problem;
    CHECK(parseMetricId(QStringLiteral("RowCount"), problem)->params.isEmpty());
    CHECK(parseMetricId(QStringLiteral("RowCount()"), problem)->name == u"RowCount");
}

TEST_CASE("Ids that are not Name(key=value,…) are refused with the reason",
          "[importers][evidently]")
{
    QString problem;
    CHECK_FALSE(parseMetricId(QStringLiteral("(column=age)"), problem));
    CHECK(problem.startsWith(QStringLiteral("expected a metric id such as")));
    CHECK_FALSE(parseMetricId(QStringLiteral("ValueDrift(column=age"), problem));
    CHECK(problem
          == u"expected the parameters of ValueDrift in parentheses, found \"(column=age\"");
    CHECK_FALSE(parseMetricId(QStringLiteral("ValueDrift(age)"), problem));
    CHECK(problem == u"expected key=value parameters in \"ValueDrift(age)\"");
}
