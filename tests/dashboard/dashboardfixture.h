// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawsqlite.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QString>

#include <memory>

namespace Quorum::Test {

/// A small governance database whose rows carry exactly the timestamps a test names, written
/// with plain SQL (the way an older release or an import left them), so the dashboard's
/// figures can be checked against hand-computed values. Times are ISO-8601 UTC text, e.g.
/// "2026-06-30T12:00:00Z"; an empty text stores NULL.
class DashboardFixture
{
public:
    DashboardFixture();

    Database &db() { return m_temp.db(); }
    /// A person holding @p roles, comma-separated role keys such as "reviewer,qa".
    qint64 person(const QString &name, const QString &roles = {});
    /// A model of @p tier owned by @p ownerId (a new person "Owner of <name>" when 0).
    qint64 model(const QString &name, int tier, qint64 ownerId = 0,
                 const QString &status = QStringLiteral("active"));
    /// A version of @p modelId numbered 1.<n>.0 in @p stage, created at @p createdAt.
    qint64 version(qint64 modelId, const QString &stage, const QString &createdAt,
                   qint64 parentId = 0);
    /// A release request of @p versionId to @p toStage, judged under the tier's policy 1.
    qint64 request(qint64 versionId, const QString &toStage, const QString &status,
                   const QString &submittedAt, const QString &closedAt = {},
                   const QString &expiresAt = {}, qint64 submittedBy = 0);
    /// A decision (unsigned: the dashboard never checks signatures).
    qint64 decision(qint64 requestId, qint64 personId, const QString &role, const QString &verdict,
                    const QString &decidedAt);
    /// One drift observation of @p versionId's @p feature for the week ending @p windowEnd.
    void drift(qint64 versionId, const QString &feature, const QString &windowEnd,
               const QString &status, const QString &statistic = QStringLiteral("psi"));
    /// The retirement facts of request @p requestId.
    void retirement(qint64 requestId, const QString &reason, qint64 replacementModelId,
                    const QString &archiveLocation);
    /// Whoever submits when a test does not say: "Sam Submitter".
    qint64 submitter() const { return m_submitter; }

private:
    qint64 insert(const QString &sql);

    TempDatabase m_temp;
    std::unique_ptr<RawSqlite> m_raw;
    qint64 m_submitter = 0;
    int m_versions = 0;
};

} // namespace Quorum::Test
