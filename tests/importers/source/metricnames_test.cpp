// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/source/metricnames.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Metric names from other tools map to Quorum's standard names and splits", "[importers]")
{
    struct Case
    {
        const char *raw;
        const char *metric;
        const char *split; ///< "" when the name says none
    };
    const Case cases[] = {
        {"accuracy", "accuracy", ""},
        {"test_accuracy", "accuracy", "test"},
        {"training_accuracy_score", "accuracy", "train"},
        {"val_loss", "loss", "validation"},
        {"eval/f1_score", "f1", "validation"},
        {"F1 Macro", "f1_macro", ""},
        {"roc_auc_score", "roc_auc", ""},
        {"AUC", "roc_auc", ""},
        {"accuracy_test", "accuracy", "test"},
        {"mae  ", "mae", ""},
        {"test", "test", ""},
        {"brier_score_loss", "brier", ""},
    };
    for (const Case &c : cases) {
        CAPTURE(c.raw);
        const MetricName name = normalizeMetricName(QString::fromUtf8(c.raw));
        CHECK(name.metric == QString::fromUtf8(c.metric));
        CHECK(name.split.value_or(QString()) == QString::fromUtf8(c.split));
    }
}

TEST_CASE("Only bounded metrics are treated as possible percentages", "[importers]")
{
    CHECK(isUnitIntervalMetric(QStringLiteral("accuracy")));
    CHECK(isUnitIntervalMetric(QStringLiteral("f1_macro")));
    CHECK(isUnitIntervalMetric(QStringLiteral("exact_match")));
    CHECK_FALSE(isUnitIntervalMetric(QStringLiteral("wer")));
    CHECK_FALSE(isUnitIntervalMetric(QStringLiteral("mae")));
    CHECK_FALSE(isUnitIntervalMetric(QStringLiteral("log_loss")));
}
