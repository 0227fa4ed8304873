// SPDX-License-Identifier: GPL-3.0-or-later
// The model registry of an MLflow file store: models/<name>/{meta.yaml, tags/, aliases/,
// version-<N>/}.
#include "importers/source/importerror.h"
#include "mlflowfolders.h"
#include "mlflowmeta.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Quorum::Internal {

namespace {

using Folder = MlflowTreeWalker::Folder;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

const QString kMeta = QStringLiteral("meta.yaml");
const QString kVersionPrefix = QStringLiteral("version-");

/// MLflow's STAGE_DELETED_INTERNAL: a deleted version keeps its folder with this stage.
bool isDeletedStage(const QString &stage)
{
    return stage.compare(QLatin1String("Deleted_Internal"), Qt::CaseInsensitive) == 0;
}

/// aliases/<alias> files hold a version number.
QMap<QString, qint64> readAliases(MlflowTreeWalker &walker, const QString &path)
{
    QMap<QString, QString> files;
    const QMap<QString, QString> values = walker.readValues(path, &files);
    QMap<QString, qint64> aliases;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool ok = false;
        const qint64 version = it.value().trimmed().toLongLong(&ok);
        if (!ok || version < 1) {
            throw ImportError(
                ImportErrorKind::Invalid, files.value(it.key()), {},
                tr("expected a model version number, found \"%1\"").arg(it.value().left(60)));
        }
        aliases.insert(it.key(), version);
    }
    return aliases;
}

std::optional<MlflowModelVersion> readVersion(MlflowTreeWalker &walker, const QString &path,
                                              qint64 folderNumber,
                                              std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    walker.reportProgress(path);
    if (folder.find(kMeta) == nullptr) {
        skipped.push_back({path, tr("not a model version (no meta.yaml)")});
        return std::nullopt;
    }
    const SourceNode meta = walker.readYamlObject(path + QLatin1Char('/') + kMeta);
    MlflowModelVersion version;
    const SourceNode number = meta[QStringLiteral("version")];
    version.version = number.integer();
    if (version.version != folderNumber) {
        number.fail(tr("expected %1, the number in the folder's name, found %2")
                        .arg(folderNumber)
                        .arg(version.version));
    }
    version.currentStage = mlflowText(meta[QStringLiteral("current_stage")]);
    if (version.currentStage.isEmpty()) {
        version.currentStage = QStringLiteral("None");
    }
    if (isDeletedStage(version.currentStage)) {
        skipped.push_back({path, tr("deleted model version")});
        return std::nullopt;
    }
    version.description = mlflowText(meta[QStringLiteral("description")]);
    version.source = mlflowText(meta[QStringLiteral("source")]);
    version.runId = mlflowText(meta[QStringLiteral("run_id")]);
    version.modelId = mlflowText(meta[QStringLiteral("model_id")]);
    version.status = mlflowText(meta[QStringLiteral("status")]);
    version.storageLocation = mlflowText(meta[QStringLiteral("storage_location")]);
    version.creationTime = mlflowTime(meta[QStringLiteral("creation_timestamp")]);
    if (const MlflowEntry *tags = folder.find(QStringLiteral("tags")); tags && tags->isFolder) {
        version.tags = walker.readValues(tags->path);
    }
    return version;
}

/// The number N of a "version-N" folder, or 0.
qint64 versionFolderNumber(const QString &name)
{
    if (!name.startsWith(kVersionPrefix)) {
        return 0;
    }
    bool ok = false;
    const qint64 number = name.mid(kVersionPrefix.size()).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

std::optional<MlflowRegisteredModel> readRegisteredModel(MlflowTreeWalker &walker,
                                                         const QString &path,
                                                         std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    walker.reportProgress(path);
    if (folder.find(kMeta) == nullptr) {
        skipped.push_back({path, tr("not a registered model (no meta.yaml)")});
        return std::nullopt;
    }
    const SourceNode meta = walker.readYamlObject(path + QLatin1Char('/') + kMeta);
    MlflowRegisteredModel model;
    model.name = meta[QStringLiteral("name")].text();
    model.description = mlflowText(meta[QStringLiteral("description")]);
    model.creationTime = mlflowTime(meta[QStringLiteral("creation_timestamp")]);
    for (const MlflowEntry &entry : folder.entries()) {
        if (!entry.isFolder || entry.name.startsWith(QLatin1Char('.'))) {
            continue;
        }
        if (entry.name == QLatin1String("tags")) {
            model.tags = walker.readValues(entry.path);
        } else if (entry.name == QLatin1String("aliases")) {
            model.aliases = readAliases(walker, entry.path);
        } else if (const qint64 number = versionFolderNumber(entry.name); number > 0) {
            if (auto version = readVersion(walker, entry.path, number, skipped)) {
                model.versions.push_back(std::move(*version));
            }
        } else {
            skipped.push_back({entry.path,
                               tr("not a model version folder (expected "
                                  "version-<number>)")});
        }
    }
    std::sort(model.versions.begin(), model.versions.end(),
              [](const auto &a, const auto &b) { return a.version < b.version; });
    for (MlflowModelVersion &version : model.versions) {
        for (auto it = model.aliases.cbegin(); it != model.aliases.cend(); ++it) {
            if (it.value() == version.version) {
                version.aliases.append(it.key());
            }
        }
    }
    return model;
}

} // namespace

std::vector<MlflowRegisteredModel> readMlflowRegistry(MlflowTreeWalker &walker, const QString &path,
                                                      std::vector<MlflowSkipped> &skipped)
{
    std::vector<MlflowRegisteredModel> models;
    const Folder folder(walker, path);
    for (const MlflowEntry &entry : folder.entries()) {
        if (entry.isFolder && !entry.name.startsWith(QLatin1Char('.'))) {
            if (auto model = readRegisteredModel(walker, entry.path, skipped)) {
                models.push_back(std::move(*model));
            }
        }
    }
    std::sort(models.begin(), models.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return models;
}

} // namespace Quorum::Internal
