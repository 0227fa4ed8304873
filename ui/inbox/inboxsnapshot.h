// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/inbox.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// One metric of a candidate version next to the version in production (test split, all
/// segments, the latest value of each).
struct MetricDelta
{
    QString metric;
    std::optional<double> candidate;
    std::optional<double> production;

    /// candidate − production, when both are known.
    std::optional<double> delta() const;
    /// Whether a lower value is better (brier, log_loss, latencies).
    bool lowerIsBetter() const;
};

/// What the inbox's detail pane shows of one request beyond its InboxItem.
struct RequestEvidence
{
    QString productionVersion; ///< empty when no other version is in production
    std::vector<MetricDelta> metrics;
    QString replacementModel; ///< a retirement's replacement, by name
};

/// The requests awaiting one person, read together on a worker thread.
struct InboxSnapshot
{
    std::vector<InboxItem> items;
    QHash<qint64, QString> personNames;      ///< signers of earlier decisions and testers
    QHash<qint64, RequestEvidence> evidence; ///< by request id

    QString personName(qint64 personId) const;
};

/// Reads the inbox of @p personId (inboxFor()) with the evidence the detail pane shows. Only
/// reads. Throws DatabaseError.
InboxSnapshot readInbox(Database &db, qint64 personId);

} // namespace Quorum::Ui
