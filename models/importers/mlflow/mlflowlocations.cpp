// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowlocations.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

namespace Quorum::Internal {

namespace {

bool existsHere(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() || info.isFile();
}

/// A path from another machine: the part after the store root's own name (…/mlruns/0/…),
/// else after the first segment naming a folder of this store (an experiment id).
QString underRoot(const QString &path, const QString &root)
{
    const QStringList segments = QDir::fromNativeSeparators(path).split(QLatin1Char('/'));
    const QString rootName = QFileInfo(root).fileName();
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (segments.at(i) == rootName) {
            const QString found = existingInside(root, segments.mid(i + 1).join(QLatin1Char('/')));
            if (!found.isEmpty()) {
                return found;
            }
            break;
        }
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty() || segment == QLatin1String("..")
            || !QFileInfo(root + QLatin1Char('/') + segment).isDir()) {
            continue;
        }
        const QString found = existingInside(root, segments.mid(i).join(QLatin1Char('/')));
        if (!found.isEmpty()) {
            return found;
        }
    }
    return {};
}

QString localPath(const QString &path, const QString &root)
{
    const QString found = underRoot(path, root);
    if (!found.isEmpty()) {
        return found;
    }
    const QString absolute = QDir::isAbsolutePath(path)
        ? QDir::cleanPath(path)
        : QDir::cleanPath(QFileInfo(root).path() + QLatin1Char('/') + path);
    return existsHere(absolute) ? absolute : QString();
}

/// "<scheme>:/<id>/<rest>" → {id, rest}.
std::pair<QString, QString> idAndRest(const QString &uri, qsizetype schemeLength)
{
    QString rest = uri.mid(schemeLength);
    while (rest.startsWith(QLatin1Char('/'))) {
        rest.remove(0, 1);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return {rest, QString()};
    }
    return {rest.left(slash), rest.mid(slash + 1)};
}

} // namespace

QString existingInside(const QString &base, const QString &relative)
{
    const QString cleanBase = QDir::cleanPath(base);
    const QString path = QDir::cleanPath(cleanBase + QLatin1Char('/') + relative);
    if (path != cleanBase && !path.startsWith(cleanBase + QLatin1Char('/'))) {
        return {};
    }
    return existsHere(path) ? path : QString();
}

QString localMlflowLocation(const QString &uri, const QString &root)
{
    if (uri.isEmpty()) {
        return {};
    }
    const QUrl url(uri);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file")) {
        return localPath(url.toLocalFile(), root);
    }
    if (scheme == QLatin1String("mlflow-artifacts")) {
        return existingInside(QFileInfo(root).path() + QStringLiteral("/mlartifacts"), url.path());
    }
    // No scheme, or a Windows drive letter ("C:/…"): a plain path.
    if (scheme.size() <= 1) {
        return localPath(uri, root);
    }
    return {};
}

QString localMlflowArtifact(const MlflowStore &store, const QString &uri)
{
    if (uri.startsWith(QLatin1String("runs:/"))) {
        const auto [runId, rest] = idAndRest(uri, 6);
        const MlflowRun *run = store.findRun(runId);
        return run == nullptr || run->localArtifactDir.isEmpty()
            ? QString()
            : existingInside(run->localArtifactDir, rest);
    }
    if (uri.startsWith(QLatin1String("models:/"))) {
        const auto [modelId, rest] = idAndRest(uri, 8);
        const MlflowLoggedModel *model = store.findLoggedModel(modelId);
        return model == nullptr || model->localArtifactDir.isEmpty()
            ? QString()
            : existingInside(model->localArtifactDir, rest);
    }
    return localMlflowLocation(uri, store.root);
}

} // namespace Quorum::Internal
