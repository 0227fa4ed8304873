// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowtreewalker.h"

#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "importers/source/sourcetext.h"
#include "importers/source/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

/// MLflow 2 wrote keys such as "mae  ": the file name keeps the spaces, the key does not.
QString withoutTrailingSpaces(QString key)
{
    while (key.endsWith(QLatin1Char(' '))) {
        key.chop(1);
    }
    return key;
}

} // namespace

MlflowTreeWalker::MlflowTreeWalker(QString root, const ImportLimits &limits,
                                   const std::atomic_bool *cancel,
                                   std::function<void(const QString &)> progress)
    : m_root(std::move(root))
    , m_limits(limits)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{}

MlflowTreeWalker::Folder::Folder(MlflowTreeWalker &walker, const QString &path)
    : m_walker(walker)
    , m_path(path)
{
    m_walker.enter(path);
    try {
        m_entries = m_walker.list(path);
    } catch (...) {
        m_walker.leave();
        throw;
    }
}

MlflowTreeWalker::Folder::~Folder()
{
    m_walker.leave();
}

const MlflowEntry *MlflowTreeWalker::Folder::find(QStringView name) const
{
    for (const MlflowEntry &entry : m_entries) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

void MlflowTreeWalker::reportProgress(const QString &folder) const
{
    if (m_progress) {
        m_progress(folder);
    }
}

void MlflowTreeWalker::checkCancel() const
{
    if (m_cancel != nullptr && m_cancel->load()) {
        throw ImportError(ImportErrorKind::Cancelled, m_root, {},
                          tr("cancelled; nothing was imported"));
    }
}

void MlflowTreeWalker::enter(const QString &path)
{
    checkCancel();
    const qsizetype depth = m_open.size();
    if (depth > m_limits.maxTreeDepth) {
        throw ImportError(
            ImportErrorKind::TooLarge, path, {},
            tr("more than %1 folder levels below the store's root").arg(m_limits.maxTreeDepth));
    }
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        throw ImportError(ImportErrorKind::NotFound, path, {}, tr("no such folder"));
    }
    for (const QString &open : std::as_const(m_open)) {
        if (open == canonical || open.startsWith(canonical + QLatin1Char('/'))) {
            throw ImportError(ImportErrorKind::Unreadable, path, {},
                              tr("symbolic-link loop (leads back to %1)").arg(canonical));
        }
    }
    if (!info.isReadable() || !info.isExecutable()) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("the folder cannot be read (permission denied)"));
    }
    m_open.append(canonical);
}

void MlflowTreeWalker::leave()
{
    m_open.removeLast();
}

std::vector<MlflowEntry> MlflowTreeWalker::list(const QString &path)
{
    const QFileInfoList infos = QDir(path).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    m_entries += infos.size();
    if (m_entries > m_limits.maxTreeEntries) {
        throw ImportError(ImportErrorKind::TooLarge, m_root, {},
                          tr("more than %1 files and folders, over the limit for an MLflow store")
                              .arg(m_limits.maxTreeEntries));
    }
    std::vector<MlflowEntry> entries;
    entries.reserve(static_cast<std::size_t>(infos.size()));
    for (const QFileInfo &info : infos) {
        if (info.isSymLink() && !info.exists()) {
            throw ImportError(ImportErrorKind::Unreadable, info.filePath(), {},
                              tr("a broken symbolic link (its target %1 does not exist)")
                                  .arg(info.symLinkTarget()));
        }
        entries.push_back({info.fileName(), info.filePath(), info.isDir()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const MlflowEntry &a, const MlflowEntry &b) { return a.name < b.name; });
    return entries;
}

QByteArray MlflowTreeWalker::readFile(const QString &path, qint64 maxBytes)
{
    checkCancel();
    return readImportFile(path, maxBytes, m_limits);
}

SourceNode MlflowTreeWalker::readYamlObject(const QString &path)
{
    const QByteArray bytes = readFile(path, m_limits.maxYamlBytes);
    SourceNode node(parseYamlDocument(bytes, path, m_limits), path);
    node.requireObject();
    return node;
}

void MlflowTreeWalker::collectFiles(const QString &folder, const QString &prefix,
                                    QMap<QString, QString> &files)
{
    const Folder dir(*this, folder);
    for (const MlflowEntry &entry : dir.entries()) {
        const QString name = prefix + entry.name;
        if (entry.isFolder) {
            collectFiles(entry.path, name + QLatin1Char('/'), files);
            continue;
        }
        const QString key = withoutTrailingSpaces(name);
        if (key.isEmpty()) {
            throw ImportError(ImportErrorKind::Invalid, entry.path, {},
                              tr("a key of spaces only, expected a name"));
        }
        const auto existing = files.constFind(key);
        if (existing != files.constEnd()) {
            throw ImportError(ImportErrorKind::Invalid, entry.path, {},
                              tr("the key \"%1\" is also given by %2; expected one file per key")
                                  .arg(key, existing.value()));
        }
        files.insert(key, entry.path);
    }
}

QMap<QString, QString> MlflowTreeWalker::readValues(const QString &folder,
                                                    QMap<QString, QString> *files)
{
    QMap<QString, QString> paths;
    collectFiles(folder, {}, paths);
    QMap<QString, QString> values;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        const QByteArray bytes = readFile(it.value(), m_limits.maxYamlBytes);
        requireUtf8Text(bytes, it.value());
        values.insert(it.key(), QString::fromUtf8(bytes));
    }
    if (files != nullptr) {
        *files = paths;
    }
    return values;
}

std::vector<MlflowMetric> MlflowTreeWalker::readMetrics(const QString &folder)
{
    QMap<QString, QString> paths;
    collectFiles(folder, {}, paths);
    std::vector<MlflowMetric> metrics;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        const QByteArray bytes = readFile(it.value(), m_limits.maxMetricFileBytes);
        metrics.push_back(parseMlflowMetricHistory(bytes, it.key(), it.value()));
    }
    return metrics;
}

} // namespace Quorum::Internal
