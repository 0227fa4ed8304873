// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stage.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

enum class RequestStatus {
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
    Withdrawn,
    Expired,
};

QString requestStatusKey(RequestStatus status);
std::optional<RequestStatus> requestStatusFromKey(QStringView key);
QString requestStatusLabel(RequestStatus status);

/// One automatic check of a release against a policy threshold, stored with its actual value.
struct ThresholdCheck
{
    QString name;       ///< e.g. "accuracy"
    QString comparator; ///< ">=", "<=", "<", ">" or "=="
    double threshold = 0.0;
    std::optional<double> actual; ///< nullopt when the evidence is missing (the check fails)
    bool passed = false;
    QString detail;
};

/// Facts that only a retirement (a request to the Retired stage) carries.
struct RetirementDetails
{
    QString reason;
    std::optional<qint64> replacementModelId;
    QString archiveLocation;
};

/// A requested stage transition of one version (SPEC §2), judged under one policy version.
struct ReleaseRequest
{
    qint64 id = 0;
    qint64 versionId = 0;
    Stage fromStage = Stage::Staging;
    Stage toStage = Stage::Production;
    qint64 policyId = 0;
    qint64 submittedBy = 0;
    QDateTime submittedAt;
    RequestStatus status = RequestStatus::Pending;
    QString ticketRef;
    QString summary;
    QDateTime expiresAt;
    QDateTime closedAt;
    std::optional<qint64> previousRequestId;
    std::vector<ThresholdCheck> checks;
    std::optional<RetirementDetails> retirement;
};

} // namespace Quorum
