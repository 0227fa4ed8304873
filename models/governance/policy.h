// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Quorum {

/// The thresholds a release is checked against when it is submitted (SPEC §2, release SOP).
struct ReleaseThresholds
{
    double minAccuracy = 0.80;
    double maxBiasDisparity = 0.20; ///< largest demographic parity difference
    double maxRiskScore = 0.40;
    int maxFairnessFlags = 0;
    double maxRegressionPct = 1.0; ///< accuracy loss against the version in production, in %
    double maxPsi = 0.10;          ///< largest PSI of the last window before submission
    bool requireQaCheck = false;   ///< a QA tester's "Tester ✓" is needed before approval
    int requestExpiryDays = 30;
};

/// The tier's monitoring triggers (SPEC §2 table).
struct MonitoringThresholds
{
    double accuracyDecayPct = 1.0;
    double recallDecayPct = 2.0;
    double dataDriftPsi = 0.10;
    double predictionDriftPsi = 0.05;
    double missingValueIncreasePct = 0.5;
    double calibrationDriftBrier = 0.010;
};

/// One line of an approval matrix: @p count approvals from people holding @p role, e.g. 4 of
/// the 5 AI-IRB board members.
struct ApprovalRequirement
{
    Role role = Role::Reviewer;
    int count = 1;
    int of = 0; ///< the size of the body (5 board members), 0 when not stated
    QString label;
};

/// What a reject does to a request.
enum class RejectRule {
    FirstReject, ///< the first reject by an eligible person ends the request
};

/// A versioned policy of one risk tier. A request records the policy id it was judged under.
struct Policy
{
    qint64 id = 0;
    int tier = 3;
    int version = 1;
    ReleaseThresholds thresholds;
    MonitoringThresholds monitoring;
    std::vector<ApprovalRequirement> approvals; ///< all must be met: that is the quorum
    std::vector<Role> waiverRoles;              ///< who may grant a waiver for a failed check
    RejectRule reject = RejectRule::FirstReject;
    QDateTime createdAt;

    bool allowsWaiverBy(Role role) const;
};

} // namespace Quorum
