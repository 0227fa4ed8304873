// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// A release request of a model that still waits for decisions, for the Overview tab.
struct OpenRequest
{
    qint64 requestId = 0;
    qint64 versionId = 0;
    QString version; ///< "1.3.0"
    Stage fromStage = Stage::Staging;
    Stage toStage = Stage::Production;
    RequestStatus status = RequestStatus::Pending;
    QString submittedBy; ///< the submitter's printed name
    QDateTime submittedAt;
    QDateTime expiresAt;
    QString ticketRef;
};

/// What the Overview tab reads besides ModelDetails.
struct ModelRequests
{
    /// When the version in production was approved (the newest approved request that took it
    /// to production, else its newest approved request); invalid when none is recorded.
    QDateTime productionApprovedAt;
    /// Pending requests of every version of the model, oldest submission first.
    std::vector<OpenRequest> open;
};

/// Reads the requests of model @p modelId (an unknown model has none). Only reads; throws
/// DatabaseError.
ModelRequests readModelRequests(Database &db, qint64 modelId);

} // namespace Quorum
