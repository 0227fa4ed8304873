// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's models and their versions, with lineage and the timeline later steps follow.
#include "democontext.h"
#include "demohyperparameters.h"
#include "demosteps.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <algorithm>

namespace Quorum::Demo {

namespace {

// A monitored production version was released just as its 52 weeks of drift monitoring
// began: created in the first week, submitted the week after it (so the first window is its
// pre-release drift check).
QDateTime createdAt(const DemoContext &context, const ModelSpec &model, const VersionSpec &spec,
                    int monitoredIndex, DemoRandom &random)
{
    const int hour = int(random.integer(8, 15));
    const int minute = int(random.integer(0, 59));
    if (model.monitored && spec.stage == Stage::Production) {
        return DemoContext::at(context.windowStart(0).addDays(monitoredIndex % 4), hour, minute);
    }
    return context.daysBefore(spec.ageDays, hour, minute);
}

QString deploymentTarget(const ModelSpec &model)
{
    if (model.kind == ModelKind::Forecaster) {
        return QStringLiteral("Batch: Airflow DAG %1_weekly on Spark cluster prod-batch")
            .arg(model.name.toString().replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    return QStringLiteral("Kubernetes prod-eu-west, namespace ml-serving (KServe, 3 replicas)");
}

QString deploymentUrl(const ModelSpec &model, const SemanticVersion &version)
{
    if (model.kind == ModelKind::Forecaster) {
        return QStringLiteral("https://airflow.example.org/dags/%1_weekly")
            .arg(model.name.toString().replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    return QStringLiteral("https://ml.example.org/%1/v%2/predict")
        .arg(model.name.toString())
        .arg(version.major);
}

ModelVersion toVersion(const ModelRecord &model, const VersionRecord &record, DemoRandom &random)
{
    const ModelSpec &spec = *model.spec;
    const auto &frameworks = spec.frameworkVersions;
    ModelVersion v;
    v.modelId = model.id;
    v.version = record.version;
    v.stage = record.spec->stage;
    v.framework = spec.framework.toString();
    v.frameworkVersion
        = frameworks.at(std::min<std::size_t>(std::size_t(record.index), frameworks.size() - 1))
              .toString();
    v.artifactUri
        = QStringLiteral("s3://example-ml-artifacts/%1/%2/%3")
              .arg(spec.name.toString(), record.version.toString(), artifactFileName(spec));
    v.artifactSha256 = random.hex(64);
    v.codeCommit = random.hex(40);
    v.hyperparametersJson = hyperparametersJson(spec, random);
    v.trainingEnvironment = trainingEnvironment(spec, v.frameworkVersion, record.index);
    if (v.stage == Stage::Production) {
        v.deploymentTarget = deploymentTarget(spec);
        v.deploymentUrl = deploymentUrl(spec, record.version);
    }
    v.createdBy = record.createdBy;
    v.createdAt = record.createdAt;
    v.parentVersionId = record.parentId;
    return v;
}

// Dates and authors of the model's versions, decided before anything is stored because the
// model's own timestamps follow from them.
std::vector<VersionRecord> planVersions(const DemoContext &context, const ModelSpec &spec,
                                        int modelIndex, int monitoredIndex)
{
    DemoRandom random = context.random(QStringLiteral("timeline/") + spec.name.toString());
    const std::vector<qint64> &engineers = context.people.engineers;
    std::vector<VersionRecord> records;
    for (std::size_t i = 0; i < spec.versions.size(); ++i) {
        const VersionSpec &vs = spec.versions[i];
        VersionRecord r;
        r.spec = &vs;
        r.index = int(i);
        r.version = SemanticVersion::parse(vs.version).value_or(SemanticVersion{});
        r.createdAt = createdAt(context, spec, vs, monitoredIndex, random);
        r.createdBy = engineers.at((std::size_t(modelIndex) + i) % engineers.size());
        if (vs.release != ReleaseHistory::None) {
            r.submittedAt = DemoContext::at(r.createdAt.date().addDays(7),
                                            int(random.integer(9, 16)), int(random.integer(0, 59)));
        }
        records.push_back(std::move(r));
    }
    return records;
}

Model toModel(const ModelRecord &record, const DemoContext &context)
{
    const ModelSpec &spec = *record.spec;
    Model m;
    m.name = spec.name.toString();
    m.displayName = spec.displayName.toString();
    m.description = spec.description.toString();
    m.intendedUse = spec.intendedUse.toString();
    m.ownerId = record.ownerId;
    m.team = spec.team.toString();
    m.tier = spec.tier;
    m.useCase = spec.useCase.toString();
    m.regulatoryContext = spec.regulatoryContext.toString();
    m.status = spec.status;
    const auto [oldest, newest] = std::minmax_element(
        record.versions.begin(), record.versions.end(),
        [](const VersionRecord &a, const VersionRecord &b) { return a.createdAt < b.createdAt; });
    m.createdAt = oldest->createdAt.addDays(-14);
    m.updatedAt = newest->createdAt;
    if (spec.status == ModelStatus::Retiring) {
        m.updatedAt = context.daysBefore(DemoContext::kRetirementAgeDays, 10, 30);
    }
    return m;
}

} // namespace

void addModelsAndVersions(DemoContext &context)
{
    ModelRepository models(context.db);
    VersionRepository versions(context.db);
    int monitoredIndex = 0;
    const auto &specs = catalog();
    for (std::size_t mi = 0; mi < specs.size(); ++mi) {
        const ModelSpec &spec = specs[mi];
        ModelRecord record;
        record.spec = &spec;
        record.ownerId = context.people.id(spec.ownerEmail);
        record.versions = planVersions(context, spec, int(mi), monitoredIndex);
        monitoredIndex += spec.monitored ? 1 : 0;
        record.id = models.add(context.transaction, toModel(record, context));

        DemoRandom random = context.random(QStringLiteral("versions/") + spec.name.toString());
        for (VersionRecord &v : record.versions) {
            if (v.spec->parent >= 0) {
                v.parentId = record.version(v.spec->parent).id;
            }
            ModelVersion version = toVersion(record, v, random);
            version.datasets = addDatasets(context, record, v);
            v.id = versions.add(context.transaction, version);
        }
        context.models.push_back(std::move(record));
    }
}

} // namespace Quorum::Demo
