// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

VersionRepository::VersionRepository(Database &db)
    : m_db(db)
{}

qint64 VersionRepository::add(WriteTransaction &transaction, const ModelVersion &v)
{
    Query insert(
        m_db,
        QStringLiteral("INSERT INTO model_versions (model_id, version, version_major, "
                       "version_minor, version_patch, stage, framework, framework_version, "
                       "artifact_uri, artifact_sha256, code_commit, hyperparameters_json, "
                       "training_environment, deployment_target, deployment_url, created_by, "
                       "created_at, parent_version_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(v.modelId)
        .bind(v.version.toString())
        .bind(v.version.major)
        .bind(v.version.minor)
        .bind(v.version.patch)
        .bind(stageKey(v.stage))
        .bind(v.framework)
        .bind(v.frameworkVersion)
        .bind(v.artifactUri)
        .bind(nullIfEmpty(v.artifactSha256.toLower()))
        .bind(v.codeCommit)
        .bind(v.hyperparametersJson.isEmpty() ? QStringLiteral("{}") : v.hyperparametersJson)
        .bind(v.trainingEnvironment)
        .bind(v.deploymentTarget)
        .bind(v.deploymentUrl)
        .bind(nullable(v.createdBy))
        .bind(toDbTime(v.createdAt.isValid() ? v.createdAt : QDateTime::currentDateTimeUtc()))
        .bind(nullable(v.parentVersionId));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    for (const DatasetLink &link : v.datasets) {
        Query(m_db,
              QStringLiteral("INSERT INTO version_datasets (version_id, dataset_id, purpose) "
                             "VALUES (?, ?, ?)"))
            .bind(id)
            .bind(link.datasetId)
            .bind(datasetPurposeKey(link.purpose))
            .exec();
    }
    AuditTrail trail(m_db);
    trail.recordInsert(
        transaction, QStringLiteral("model_versions"), id,
        {{QStringLiteral("datasets"),
          trail.rowsImage(QStringLiteral("version_datasets"), QStringLiteral("version_id"), id)}});
    return id;
}

void VersionRepository::setStage(WriteTransaction &transaction, qint64 versionId, Stage stage)
{
    AuditTrail trail(m_db);
    const QJsonObject before = trail.rowImage(QStringLiteral("model_versions"), versionId);
    Query(m_db, QStringLiteral("UPDATE model_versions SET stage = ? WHERE id = ?"))
        .bind(stageKey(stage))
        .bind(versionId)
        .exec();
    trail.recordUpdate(transaction, QStringLiteral("model_versions"), versionId, before);
}

std::optional<ModelVersion> VersionRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<ModelVersion> VersionRepository::find(qint64 modelId,
                                                    const SemanticVersion &version) const
{
    auto found = select(QStringLiteral("WHERE model_id = ? AND version = ?"),
                        {modelId, version.toString()});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<ModelVersion> VersionRepository::forModel(qint64 modelId) const
{
    return select(QStringLiteral("WHERE model_id = ?"), {modelId});
}

std::optional<ModelVersion> VersionRepository::inProduction(qint64 modelId) const
{
    auto found = select(QStringLiteral("WHERE model_id = ? AND stage = 'production'"), {modelId});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<ModelVersion> VersionRepository::select(const QString &where,
                                                    const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, model_id, version, stage, framework, framework_version, "
                               "artifact_uri, artifact_sha256, code_commit, hyperparameters_json, "
                               "training_environment, deployment_target, deployment_url, "
                               "created_by, created_at, parent_version_id FROM model_versions %1 "
                               "ORDER BY version_major DESC, version_minor DESC, "
                               "version_patch DESC")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<ModelVersion> versions;
    while (query.next()) {
        ModelVersion v;
        v.id = query.value(0).toLongLong();
        v.modelId = query.value(1).toLongLong();
        v.version = SemanticVersion::parse(query.value(2).toString()).value_or(SemanticVersion{});
        v.stage = stageFromKey(query.value(3).toString()).value_or(Stage::Development);
        v.framework = query.value(4).toString();
        v.frameworkVersion = query.value(5).toString();
        v.artifactUri = query.value(6).toString();
        v.artifactSha256 = query.value(7).toString();
        v.codeCommit = query.value(8).toString();
        v.hyperparametersJson = query.value(9).toString();
        v.trainingEnvironment = query.value(10).toString();
        v.deploymentTarget = query.value(11).toString();
        v.deploymentUrl = query.value(12).toString();
        v.createdBy = optionalId(query.value(13));
        v.createdAt = fromDbTime(query.value(14));
        v.parentVersionId = optionalId(query.value(15));
        versions.push_back(std::move(v));
    }
    for (ModelVersion &v : versions) {
        Query links(m_db,
                    QStringLiteral("SELECT dataset_id, purpose FROM version_datasets "
                                   "WHERE version_id = ? ORDER BY purpose, dataset_id"));
        links.bind(v.id).exec();
        while (links.next()) {
            v.datasets.push_back({links.value(0).toLongLong(),
                                  datasetPurposeFromKey(links.value(1).toString())
                                      .value_or(DatasetPurpose::Training)});
        }
    }
    return versions;
}

} // namespace Quorum
