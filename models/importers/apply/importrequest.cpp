// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrequest.h"

#include "crypto/sha256.h"
#include "governance/statisticsrecorder.h"
#include "importers/mapping/cardmapping.h"
#include "importers/mapping/evaluationmapping.h"
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "importers/source/sourcetext.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>

#include <array>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ImportRequest", text);
}

struct KindName
{
    ImportKind kind;
    const char *key;
};

constexpr std::array kKindNames{
    KindName{ImportKind::Mlflow, "mlflow"},         KindName{ImportKind::ModelCard, "model-card"},
    KindName{ImportKind::HfCard, "hf-card"},        KindName{ImportKind::Evidently, "evidently"},
    KindName{ImportKind::Evaluation, "evaluation"},
};

/// Policy default of SPEC §2 when the version (and so its tier) is not in the database yet.
constexpr double kDefaultMaxParityGap = 0.2;

void checkCancel(const std::atomic_bool *cancel, const QString &file)
{
    if (cancel && cancel->load()) {
        throw ImportError(ImportErrorKind::Cancelled, file, {},
                          tr("import cancelled: nothing was written"));
    }
}

const VersionKey &requireTarget(const ImportRequest &request)
{
    if (!request.target) {
        throw ImportError(ImportErrorKind::Target, request.path, {},
                          tr("a %1 is imported into one model version: give --model and "
                             "--version")
                              .arg(importKindLabel(request.kind)));
    }
    return *request.target;
}

/// The bias-disparity threshold of the policy of @p key's tier, or the default when the
/// version is not in the database.
double maxParityGapFor(Database &db, const VersionKey &key)
{
    const auto number = SemanticVersion::parse(key.version.trimmed());
    const std::optional<Model> model = ModelRepository(db).byName(key.model);
    if (!number || !model) {
        return kDefaultMaxParityGap;
    }
    const std::optional<ModelVersion> version = VersionRepository(db).find(model->id, *number);
    if (!version) {
        return kDefaultMaxParityGap;
    }
    return StatisticsRecorder(db, Actor::program(QStringLiteral("quorum")))
        .maxParityGap(version->id);
}

ImportBatch loadFile(Database &db, const ImportRequest &request, const QByteArray &bytes)
{
    const QString &file = request.path;
    const VersionKey &key = requireTarget(request);
    switch (request.kind) {
    case ImportKind::ModelCard:
        return mapMctCard(parseMctCard(bytes, file, request.limits), key, file);
    case ImportKind::HfCard:
        return mapHfCard(parseHfCard(bytes, file, request.limits), key, file);
    case ImportKind::Evidently:
        return mapEvidentlyReport(parseEvidentlyReport(bytes, file, request.limits), key,
                                  request.window, file);
    case ImportKind::Evaluation:
        return mapEvaluationFile(parseEvaluationFile(bytes, file, request.limits), key, file,
                                 maxParityGapFor(db, key));
    case ImportKind::Mlflow:
        break;
    }
    return {};
}

} // namespace

QString importKindKey(ImportKind kind)
{
    for (const KindName &name : kKindNames) {
        if (name.kind == kind) {
            return QString::fromLatin1(name.key);
        }
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(QStringView key)
{
    for (const KindName &name : kKindNames) {
        if (key.trimmed().compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0) {
            return name.kind;
        }
    }
    return std::nullopt;
}

QString importKindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Mlflow:
        return tr("MLflow file store");
    case ImportKind::ModelCard:
        return tr("Model Card Toolkit card");
    case ImportKind::HfCard:
        return tr("Hugging Face model card");
    case ImportKind::Evidently:
        return tr("Evidently report");
    case ImportKind::Evaluation:
        return tr("evaluation or fairness file");
    }
    return {};
}

ImportBatch loadImport(Database &db, const ImportRequest &request, const std::atomic_bool *cancel,
                       const std::function<void(const QString &)> &progress)
{
    checkCancel(cancel, request.path);
    ImportBatch batch;
    if (request.kind == ImportKind::Mlflow) {
        MlflowMappingOptions options = request.mlflow;
        if (request.target) {
            options.target = request.target;
        }
        const MlflowStore store = readMlflowStore(request.path, request.limits, cancel, progress);
        checkCancel(cancel, request.path);
        batch = mapMlflowStore(store, options);
    } else {
        requireTarget(request);
        if (progress) {
            progress(request.path);
        }
        const QByteArray bytes
            = readImportFile(request.path, request.limits.maxDocumentBytes, request.limits);
        checkCancel(cancel, request.path);
        batch = loadFile(db, request, bytes);
        batch.sourceSha256 = Crypto::sha256Hex(bytes);
    }
    checkCancel(cancel, request.path);
    batch.kind = importKindKey(request.kind);
    batch.source = request.path;
    return batch;
}

} // namespace Quorum
