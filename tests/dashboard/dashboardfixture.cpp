// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"

#include <QDate>

namespace Quorum::Test {

namespace {

// A SQL literal: NULL for an empty text; test data holds no quotes.
QString literal(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString idOrNull(qint64 id)
{
    return id == 0 ? QStringLiteral("NULL") : QString::number(id);
}

} // namespace

DashboardFixture::DashboardFixture()
    : m_raw(std::make_unique<RawSqlite>(m_temp.path()))
{
    m_submitter = person(QStringLiteral("Sam Submitter"), QStringLiteral("ml-engineer"));
}

qint64 DashboardFixture::insert(const QString &sql)
{
    m_raw->exec(sql.toUtf8());
    return m_raw->scalar("SELECT last_insert_rowid()").toLongLong();
}

qint64 DashboardFixture::person(const QString &name, const QString &roles)
{
    const QString email
        = QString(name).remove(QLatin1Char(' ')).toLower() + QStringLiteral("@example.org");
    const qint64 id = insert(QStringLiteral("INSERT INTO people (name, email, created_at) "
                                            "VALUES (%1, %2, '2024-01-01T00:00:00Z')")
                                 .arg(literal(name), literal(email)));
    for (const QString &role : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        m_raw->exec(QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (%1, %2)")
                        .arg(id)
                        .arg(literal(role))
                        .toUtf8());
    }
    return id;
}

qint64 DashboardFixture::model(const QString &name, int tier, qint64 ownerId, const QString &status)
{
    const qint64 owner = ownerId != 0
        ? ownerId
        : person(QStringLiteral("Owner of ") + name, QStringLiteral("owner"));
    return insert(
        QStringLiteral("INSERT INTO models (name, display_name, owner_id, risk_tier, "
                       "status, created_at, updated_at) VALUES (%1, %2, %3, %4, %5, "
                       "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
            .arg(literal(name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))), literal(name))
            .arg(owner)
            .arg(tier)
            .arg(literal(status)));
}

qint64 DashboardFixture::version(qint64 modelId, const QString &stage, const QString &createdAt,
                                 qint64 parentId)
{
    const int minor = ++m_versions;
    return insert(QStringLiteral("INSERT INTO model_versions (model_id, version, version_major, "
                                 "version_minor, version_patch, stage, created_at, "
                                 "parent_version_id) VALUES (%1, '1.%2.0', 1, %2, 0, %3, %4, %5)")
                      .arg(modelId)
                      .arg(minor)
                      .arg(literal(stage), literal(createdAt), idOrNull(parentId)));
}

qint64 DashboardFixture::request(qint64 versionId, const QString &toStage, const QString &status,
                                 const QString &submittedAt, const QString &closedAt,
                                 const QString &expiresAt, qint64 submittedBy)
{
    const QString from
        = toStage == QStringLiteral("retired") || toStage == QStringLiteral("deprecated")
        ? QStringLiteral("production")
        : QStringLiteral("staging");
    return insert(
        QStringLiteral("INSERT INTO release_requests (version_id, from_stage, to_stage, policy_id, "
                       "submitted_by, submitted_at, status, expires_at, closed_at) "
                       "SELECT v.id, %2, %3, p.id, %4, %5, %6, %7, %8 FROM model_versions v "
                       "JOIN models m ON m.id = v.model_id JOIN policies p "
                       "ON p.risk_tier = m.risk_tier AND p.version = 1 WHERE v.id = %1")
            .arg(versionId)
            .arg(literal(from), literal(toStage))
            .arg(submittedBy != 0 ? submittedBy : m_submitter)
            .arg(literal(submittedAt), literal(status), literal(expiresAt), literal(closedAt)));
}

qint64 DashboardFixture::decision(qint64 requestId, qint64 personId, const QString &role,
                                  const QString &verdict, const QString &decidedAt)
{
    return insert(QStringLiteral("INSERT INTO decisions (request_id, person_id, role, verdict, "
                                 "rationale, decided_at, canonical_json) "
                                 "VALUES (%1, %2, %3, %4, 'Looked at every check', %5, '{}')")
                      .arg(requestId)
                      .arg(personId)
                      .arg(literal(role), literal(verdict), literal(decidedAt)));
}

void DashboardFixture::drift(qint64 versionId, const QString &feature, const QString &windowEnd,
                             const QString &status, const QString &statistic)
{
    const QDate end = QDate::fromString(windowEnd, Qt::ISODate);
    insert(QStringLiteral("INSERT INTO drift_observations (version_id, feature, window_start, "
                          "window_end, statistic, value, threshold, status, recorded_at) "
                          "VALUES (%1, %2, %3, %4, %5, 0.1, 0.1, %6, '2024-01-01T00:00:00Z')")
               .arg(versionId)
               .arg(literal(feature), literal(end.addDays(-6).toString(Qt::ISODate)),
                    literal(windowEnd), literal(statistic), literal(status)));
}

void DashboardFixture::retirement(qint64 requestId, const QString &reason,
                                  qint64 replacementModelId, const QString &archiveLocation)
{
    insert(QStringLiteral("INSERT INTO retirements (request_id, reason, replacement_model_id, "
                          "archive_location) VALUES (%1, %2, %3, %4)")
               .arg(requestId)
               .arg(literal(reason), idOrNull(replacementModelId),
                    QLatin1Char('\'') + archiveLocation + QLatin1Char('\'')));
}

} // namespace Quorum::Test
