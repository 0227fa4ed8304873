// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Release requests with their threshold checks and retirement details.
class ReleaseRequestRepository
{
public:
    explicit ReleaseRequestRepository(Database &db);

    /// Stores the request, its checks and (for a retirement) its details; returns the id.
    qint64 add(WriteTransaction &transaction, const ReleaseRequest &request);
    void setStatus(WriteTransaction &transaction, qint64 requestId, RequestStatus status,
                   const QDateTime &closedAt);

    std::optional<ReleaseRequest> byId(qint64 id) const;
    /// Requests in @p status, oldest submission first.
    std::vector<ReleaseRequest> withStatus(RequestStatus status) const;
    /// The version's requests, newest first.
    std::vector<ReleaseRequest> forVersion(qint64 versionId) const;
    /// The id of the current policy version for a tier (the highest version number).
    std::optional<qint64> currentPolicyId(int tier) const;

private:
    std::vector<ReleaseRequest> select(const QString &where, const QVariantList &values,
                                       const QString &order) const;

    Database &m_db;
};

} // namespace Quorum
