// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Quorum {

/// One measured metric of a model version (SPEC §2), e.g. accuracy 0.91 on the test split.
/// Standard metric names: accuracy, precision, recall, f1, roc_auc, pr_auc, brier, log_loss,
/// latency_p50_ms, latency_p95_ms, latency_p99_ms, throughput.
struct Evaluation
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString metric;
    double value = 0.0;
    QString split = QStringLiteral("test");  ///< train, validation, test or production
    QString segment = QStringLiteral("all"); ///< "all" or e.g. "sex=female"
    QDateTime windowStart;                   ///< production windows only; invalid otherwise
    QDateTime windowEnd;
    QDateTime recordedAt; ///< UTC
    QString source;       ///< where the number came from (file, pipeline run)
};

} // namespace Quorum
