// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/mlflow/mlflowstore.h"
#include "importers/source/importlimits.h"
#include "importers/source/sourcenode.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <functional>
#include <vector>

namespace Quorum::Internal {

/// One entry of a folder of an MLflow store.
struct MlflowEntry
{
    QString name;
    QString path;
    bool isFolder = false; ///< a folder, or a symbolic link to one
};

/// Walks an MLflow store defensively: at most limits.maxTreeEntries entries and
/// limits.maxTreeDepth levels below the root, no symbolic-link loops, no broken links,
/// cancel checked before every folder and file. Every problem is an ImportError naming the
/// path.
class MlflowTreeWalker
{
public:
    MlflowTreeWalker(QString root, const ImportLimits &limits, const std::atomic_bool *cancel,
                     std::function<void(const QString &)> progress);

    const QString &root() const { return m_root; }
    const ImportLimits &limits() const { return m_limits; }

    /// A folder being read. While it lives, links leading back into it are loops.
    class Folder
    {
    public:
        Folder(MlflowTreeWalker &walker, const QString &path);
        ~Folder();
        Q_DISABLE_COPY_MOVE(Folder)

        const QString &path() const { return m_path; }
        /// Sorted by name; hidden entries included.
        const std::vector<MlflowEntry> &entries() const { return m_entries; }
        const MlflowEntry *find(QStringView name) const;

    private:
        MlflowTreeWalker &m_walker;
        QString m_path;
        std::vector<MlflowEntry> m_entries;
    };

    /// Tells the progress callback that @p folder is being read.
    void reportProgress(const QString &folder) const;
    /// Throws ImportError(Cancelled) when the user cancelled.
    void checkCancel() const;

    /// A file's bytes (readImportFile with @p maxBytes).
    QByteArray readFile(const QString &path, qint64 maxBytes);
    /// A YAML file (meta.yaml) as a node naming the file; the root must be a mapping.
    SourceNode readYamlObject(const QString &path);
    /// The files below @p folder as key → text (tags/, params/, aliases/): sub-folders give
    /// keys with "/", trailing spaces of a key are removed. @p files receives key → file.
    QMap<QString, QString> readValues(const QString &folder, QMap<QString, QString> *files = {});
    /// The metric files below @p folder, sorted by key.
    std::vector<MlflowMetric> readMetrics(const QString &folder);

private:
    void collectFiles(const QString &folder, const QString &prefix, QMap<QString, QString> &files);
    std::vector<MlflowEntry> list(const QString &path);
    void enter(const QString &path);
    void leave();

    QString m_root;
    ImportLimits m_limits;
    const std::atomic_bool *m_cancel;
    std::function<void(const QString &)> m_progress;
    QStringList m_open; ///< canonical paths of the folders being read, root first
    qint64 m_entries = 0;
};

} // namespace Quorum::Internal
