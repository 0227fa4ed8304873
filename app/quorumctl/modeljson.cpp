// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeljson.h"

#include "domain/model.h"
#include "domain/modelsummary.h"
#include "domain/modelversion.h"
#include "storage/dbtime.h"

#include <QJsonArray>

namespace Quorum::Cli::ModelJson {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toDbTime(time)) : QJsonValue();
}

} // namespace

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject fromSummary(const ModelSummary &summary)
{
    return {
        {QStringLiteral("name"), summary.name},
        {QStringLiteral("display_name"), summary.displayName},
        {QStringLiteral("tier"), tierNumber(summary.tier)},
        {QStringLiteral("stage"),
         summary.stage ? QJsonValue(stageKey(*summary.stage)) : QJsonValue()},
        {QStringLiteral("status"), modelStatusKey(summary.status)},
        {QStringLiteral("owner"), summary.ownerName},
        {QStringLiteral("team"), summary.team},
        {QStringLiteral("use_case"), summary.useCase},
        {QStringLiteral("versions"), summary.versionCount},
        {QStringLiteral("latest_version"), textOrNull(summary.latestVersion)},
        {QStringLiteral("production_version"), textOrNull(summary.productionVersion)},
        {QStringLiteral("pending_requests"), summary.pendingRequests},
        {QStringLiteral("updated_at"), timeOrNull(summary.updatedAt)},
    };
}

QJsonObject fromModel(const Model &model, const QString &ownerName, const QString &ownerEmail)
{
    return {
        {QStringLiteral("name"), model.name},
        {QStringLiteral("display_name"), model.displayName},
        {QStringLiteral("description"), model.description},
        {QStringLiteral("intended_use"), model.intendedUse},
        {QStringLiteral("tier"), tierNumber(model.tier)},
        {QStringLiteral("status"), modelStatusKey(model.status)},
        {QStringLiteral("owner"), ownerName},
        {QStringLiteral("owner_email"), textOrNull(ownerEmail)},
        {QStringLiteral("team"), model.team},
        {QStringLiteral("use_case"), model.useCase},
        {QStringLiteral("regulatory_context"), model.regulatoryContext},
        {QStringLiteral("created_at"), timeOrNull(model.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(model.updatedAt)},
    };
}

QJsonObject fromVersion(const ModelVersion &version, const QString &parentLabel)
{
    QJsonArray datasets;
    for (const DatasetLink &link : version.datasets) {
        datasets.append(QJsonObject{{QStringLiteral("dataset_id"), link.datasetId},
                                    {QStringLiteral("purpose"), datasetPurposeKey(link.purpose)}});
    }
    return {
        {QStringLiteral("version"), version.version.toString()},
        {QStringLiteral("stage"), stageKey(version.stage)},
        {QStringLiteral("created_at"), timeOrNull(version.createdAt)},
        {QStringLiteral("framework"), version.framework},
        {QStringLiteral("framework_version"), version.frameworkVersion},
        {QStringLiteral("artifact_uri"), textOrNull(version.artifactUri)},
        {QStringLiteral("artifact_sha256"), textOrNull(version.artifactSha256)},
        {QStringLiteral("code_commit"), textOrNull(version.codeCommit)},
        {QStringLiteral("parent_version"), textOrNull(parentLabel)},
        {QStringLiteral("deployment_target"), textOrNull(version.deploymentTarget)},
        {QStringLiteral("deployment_url"), textOrNull(version.deploymentUrl)},
        {QStringLiteral("datasets"), datasets},
    };
}

} // namespace Quorum::Cli::ModelJson
