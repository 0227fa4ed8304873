// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowartifacts.h"

#include "crypto/sha256.h"
#include "importers/mlflow/mlflowlocations.h"
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcenode.h"
#include "importers/source/sourcetext.h"
#include "importers/source/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowMapping", text);
}

QString fileSha256(const QString &path)
{
    const QString sha = Crypto::sha256OfFile(path);
    if (sha.isEmpty()) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("cannot be read to compute its SHA-256"));
    }
    return sha;
}

/// One line as GNU sha256sum (coreutils 9) prints it: a name holding a backslash, CR or LF
/// is escaped and the line starts with a backslash.
QByteArray sha256sumLine(const QString &sha, const QByteArray &name)
{
    if (!name.contains('\\') && !name.contains('\n') && !name.contains('\r')) {
        return sha.toLatin1() + "  " + name + '\n';
    }
    QByteArray escaped = name;
    escaped.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    return '\\' + sha.toLatin1() + "  " + escaped + '\n';
}

QString folderSha256(const QString &path, const ImportLimits &limits)
{
    // find -type f without -L: regular files only, symbolic links neither listed nor followed.
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir base(path);
    std::vector<std::pair<QByteArray, QString>> files; // "./relative" bytes → path
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isFile()) {
            continue;
        }
        if (static_cast<qint64>(files.size()) >= limits.maxTreeEntries) {
            throw ImportError(ImportErrorKind::TooLarge, path, {},
                              tr("more than %1 files, over the limit for an artifact folder")
                                  .arg(limits.maxTreeEntries));
        }
        files.emplace_back(QFile::encodeName(QStringLiteral("./") + base.relativeFilePath(file)),
                           file);
    }
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray listing;
    for (const auto &[name, file] : files) {
        listing += sha256sumLine(fileSha256(file), name);
    }
    return Crypto::sha256Hex(listing);
}

/// Quorum's names for MLflow flavors that differ from the flavor's own name.
QString frameworkName(const QString &flavor)
{
    static const QHash<QString, QString> kNames{
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("python_function"), QStringLiteral("python")},
    };
    return kNames.value(flavor, flavor);
}

/// The flavor's own version key ("sklearn_version"), else any other "*_version" key.
QString flavorVersion(const SourceNode &flavor, const QString &name)
{
    if (!flavor.isObject()) {
        return {};
    }
    const QString own = name + QStringLiteral("_version");
    if (const auto version = flavor[own].optionalText()) {
        return *version;
    }
    for (const QString &key : flavor.keys()) {
        if (key.endsWith(QLatin1String("_version"))
            && (name == QLatin1String("python_function")
                || key != QLatin1String("python_version"))) {
            if (const auto version = flavor[key].optionalText()) {
                return *version;
            }
        }
    }
    return {};
}

} // namespace

QString mlflowArtifactSha256(const QString &path, const ImportLimits &limits)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return folderSha256(path, limits);
    }
    if (!info.isFile()) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("not a regular file or folder, expected a model artifact"));
    }
    return fileSha256(path);
}

std::optional<MlflowModelFlavor> readMlflowModelFlavor(const QString &artifactDir,
                                                       const ImportLimits &limits)
{
    const QString file = artifactDir + QStringLiteral("/MLmodel");
    if (!QFileInfo(artifactDir).isDir() || !QFileInfo(file).exists()) {
        return std::nullopt;
    }
    const SourceNode root(
        parseYamlDocument(readImportFile(file, limits.maxYamlBytes, limits), file, limits), file);
    root.requireObject();
    MlflowModelFlavor flavor;
    flavor.mlflowVersion
        = root[QStringLiteral("mlflow_version")].optionalText().value_or(QString());
    const SourceNode flavors = root[QStringLiteral("flavors")];
    if (flavors.isMissing()) {
        return flavor;
    }
    flavors.requireObject();
    QStringList names = flavors.keys();
    // A specific flavor names the framework; python_function alone is plain Python.
    if (names.size() > 1) {
        names.removeAll(QStringLiteral("python_function"));
    }
    if (!names.isEmpty()) {
        const QString &name = names.constFirst();
        flavor.framework = frameworkName(name);
        flavor.frameworkVersion = flavorVersion(flavors[name], name);
    }
    return flavor;
}

MlflowRunModel mlflowRunModel(const MlflowStore &store, const MlflowRun &run,
                              const ImportLimits &limits)
{
    const QString history = run.tags.value(QStringLiteral("mlflow.log-model.history"));
    if (!history.isEmpty()) {
        const QString file = run.runDir + QStringLiteral("/tags/mlflow.log-model.history");
        const SourceNode root(parseJsonDocument(history.toUtf8(), file, limits), file);
        const std::vector<SourceNode> models = root.elements();
        if (!models.empty()) {
            const QString path
                = models.back().requireObject()[QStringLiteral("artifact_path")].text();
            MlflowRunModel model;
            QString base = run.artifactUri;
            while (base.endsWith(QLatin1Char('/'))) {
                base.chop(1);
            }
            model.uri = base + QLatin1Char('/') + path;
            model.localPath = run.localArtifactDir.isEmpty()
                ? QString()
                : Internal::existingInside(run.localArtifactDir, path);
            if (models.size() > 1) {
                model.note = tr("run %1 logged %2 models; the last one, %3, is imported")
                                 .arg(run.runId)
                                 .arg(models.size())
                                 .arg(path);
            }
            return model;
        }
    }
    const MlflowLoggedModel *logged = nullptr;
    for (const MlflowExperiment &experiment : store.experiments) {
        for (const MlflowLoggedModel &candidate : experiment.loggedModels) {
            if (candidate.sourceRunId == run.runId) {
                logged = &candidate;
            }
        }
    }
    if (logged != nullptr) {
        return {logged->artifactLocation, logged->localArtifactDir, logged->modelId, {}};
    }
    return {run.artifactUri,
            run.localArtifactDir,
            {},
            tr("run %1 logged no model; its whole artifacts folder is the version's artifact")
                .arg(run.runId)};
}

} // namespace Quorum
