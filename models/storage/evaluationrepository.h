// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Evaluation metrics of model versions.
class EvaluationRepository
{
public:
    explicit EvaluationRepository(Database &db);

    qint64 add(WriteTransaction &transaction, const Evaluation &evaluation);
    /// The version's metrics, ordered by split, metric, segment and time.
    std::vector<Evaluation> forVersion(qint64 versionId) const;
    /// The most recent value of @p metric for the version on @p split and @p segment.
    std::optional<double> latest(qint64 versionId, const QString &metric,
                                 const QString &split = QStringLiteral("test"),
                                 const QString &segment = QStringLiteral("all")) const;

private:
    Database &m_db;
};

} // namespace Quorum
