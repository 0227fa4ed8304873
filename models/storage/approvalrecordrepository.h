// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/approvalrecord.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// The approval records of decided requests (release SOP §3), one per request, exactly as
/// written to the approvals folder. They are append-only: the schema refuses UPDATE and DELETE.
class ApprovalRecordRepository
{
public:
    explicit ApprovalRecordRepository(Database &db);

    /// Stores @p record (written_at is the database clock, Database::now()) and records the
    /// insert in the audit trail within @p transaction. Throws DatabaseError (Constraint) when
    /// the request already has a record, its approval id is taken or the request does not
    /// exist.
    void add(WriteTransaction &transaction, const ApprovalRecord &record);

    /// The record of request @p requestId, or nullopt when none was stored.
    std::optional<ApprovalRecord> forRequest(qint64 requestId) const;
    /// Every record, by request id.
    std::vector<ApprovalRecord> all() const;

private:
    std::vector<ApprovalRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
