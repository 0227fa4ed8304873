// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <set>
#include <vector>

namespace Quorum {

class MonitoringRules;
class WriteTransaction;

/// When a raised alert says it was raised.
enum class AlertTime {
    ScanTime,     ///< the database's now(): evidence arriving as it is measured
    EvidenceTime, ///< when its evidence was recorded: for back-filled history (the demo)
};

/// Judges a version's monitoring evidence against its tier's thresholds (the rule is spelled
/// out in alertrules.h) and raises an alert for every crossing not raised before, each with
/// its audit event by the transaction's actor, inside the caller's transaction. Scanning again
/// raises nothing new. Called at the end of every write that records evidence
/// (StatisticsRecorder, applyImport, the demo generator).
class AlertScan
{
public:
    explicit AlertScan(WriteTransaction &transaction, AlertTime time = AlertTime::ScanTime);

    /// Raises the new alerts of version @p versionId and returns them (with ids), oldest window
    /// first. Throws GovernanceError(NotFound) for an unknown version, DatabaseError when the
    /// tier's policy is missing or a write fails.
    std::vector<Alert> scanVersion(qint64 versionId);
    /// scanVersion() for each of @p versionIds; all new alerts.
    std::vector<Alert> scanVersions(const std::set<qint64> &versionIds);

private:
    void scanEvaluations(const Alert &base, const MonitoringRules &rules,
                         std::vector<Alert> &raised);
    void scanDrift(const Alert &base, const MonitoringRules &rules, std::vector<Alert> &raised);
    void raise(Alert alert, const QDateTime &recordedAt, std::vector<Alert> &raised);

    WriteTransaction &m_transaction;
    AlertTime m_time;
};

} // namespace Quorum
