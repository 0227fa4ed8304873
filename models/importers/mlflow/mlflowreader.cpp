// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowreader.h"

#include "importers/source/importerror.h"
#include "mlflowfolders.h"
#include "mlflowlocations.h"
#include "mlflowtreewalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Quorum {

namespace {

using Internal::MlflowEntry;
using Internal::MlflowTreeWalker;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

/// The mlruns folder: @p path itself, or its mlruns/ sub-folder.
QString storeRoot(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        throw ImportError(ImportErrorKind::NotFound, path, {}, tr("no such folder"));
    }
    if (!info.isDir()) {
        throw ImportError(ImportErrorKind::Invalid, path, {},
                          tr("not a folder, expected an MLflow store (an mlruns folder)"));
    }
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    const QString inner = root + QStringLiteral("/mlruns");
    return QFileInfo(inner).isDir() ? inner : root;
}

/// .trash/ holds experiments deleted by MLflow: listed as skipped, never read.
void listTrash(MlflowTreeWalker &walker, const QString &path, MlflowStore &store)
{
    const MlflowTreeWalker::Folder trash(walker, path);
    for (const MlflowEntry &entry : trash.entries()) {
        if (entry.isFolder) {
            store.skipped.push_back({entry.path, tr("deleted experiment")});
        }
    }
}

/// The version's artifact on this machine: its source, else its storage location, else the
/// artifacts of the logged model it was registered from.
QString versionArtifact(const MlflowStore &store, const MlflowModelVersion &version)
{
    for (const QString &uri : {version.source, version.storageLocation}) {
        const QString found = Internal::localMlflowArtifact(store, uri);
        if (!found.isEmpty()) {
            return found;
        }
    }
    const MlflowLoggedModel *model = store.findLoggedModel(version.modelId);
    return model != nullptr ? model->localArtifactDir : QString();
}

} // namespace

MlflowStore readMlflowStore(const QString &root, const ImportLimits &limits,
                            const std::atomic_bool *cancel,
                            const std::function<void(const QString &)> &progress)
{
    MlflowStore store;
    store.root = storeRoot(root);
    MlflowTreeWalker walker(store.root, limits, cancel, progress);
    const MlflowTreeWalker::Folder top(walker, store.root);
    walker.reportProgress(store.root);
    for (const MlflowEntry &entry : top.entries()) {
        if (!entry.isFolder) {
            continue;
        }
        if (entry.name == QLatin1String(".trash")) {
            listTrash(walker, entry.path, store);
        } else if (entry.name.startsWith(QLatin1Char('.'))) {
            continue;
        } else if (entry.name == QLatin1String("models")) {
            store.registeredModels
                = Internal::readMlflowRegistry(walker, entry.path, store.skipped);
        } else if (auto experiment
                   = Internal::readMlflowExperiment(walker, entry.path, store.skipped)) {
            store.experiments.push_back(std::move(*experiment));
        }
    }
    std::sort(store.experiments.begin(), store.experiments.end(),
              [](const MlflowExperiment &a, const MlflowExperiment &b) {
                  // Ids are numbers written as text: order "2" before "10".
                  if (a.experimentId.size() != b.experimentId.size()) {
                      return a.experimentId.size() < b.experimentId.size();
                  }
                  return a.experimentId < b.experimentId;
              });
    for (MlflowRegisteredModel &model : store.registeredModels) {
        for (MlflowModelVersion &version : model.versions) {
            version.localArtifactPath = versionArtifact(store, version);
        }
    }
    return store;
}

} // namespace Quorum
