// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Quorum {

class Database;

/// The approval record of one decided release request (release SOP §3, SPEC §5): the JSON file
/// written to approvals/ beside the database and kept in the approval_records table.
struct ApprovalRecord
{
    qint64 requestId = 0;
    /// "approval_2026-11-16T10-03-55_r42": the SOP's approval_<timestamp> with ':' replaced by
    /// '-', plus "_r<request id>" so two requests closed in the same second never collide.
    QString approvalId;
    QString fileName;    ///< approvalId + ".json"
    QByteArray json;     ///< the record: indented JSON, UTF-8, keys sorted
    QDateTime timestamp; ///< UTC, when the request was closed
};

/// Builds the approval record of decided request @p requestId (status approved, rejected or
/// changes_requested) from what the database holds.
///
/// The record carries the SOP's fields (approval_id, timestamp, decision_mode, approved,
/// approver, rationale, threshold_checks, evaluation_summary, risk_summary, deployment_url)
/// and Quorum's own: request, model, version, policy, threshold_details, conditions,
/// database_instance_id and one signature object per stored decision (signed statement and
/// DER CMS signature in base64). It is a pure function of the database content: the same
/// database always gives byte-identical JSON, so the record can be regenerated and compared.
///
/// Throws DatabaseError (Query) with a message naming the request and the database when the
/// request does not exist, is not decided (pending, withdrawn, expired) or has no closing time;
/// DatabaseError from the storage layer otherwise.
ApprovalRecord buildApprovalRecord(Database &db, qint64 requestId);

} // namespace Quorum
