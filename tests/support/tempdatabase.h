// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Quorum::Test {

/// A temporary folder that lives as long as the test and a fresh governance database in it
/// with every migration applied.
class TempDatabase
{
public:
    explicit TempDatabase(const OpenOptions &options = {OpenMode::CreateIfMissing});

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    /// A path inside the temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the connection (e.g. to reopen the file or hand it to a child process).
    void close() { m_db.reset(); }
    /// Opens the file again.
    Database &reopen(const OpenOptions &options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// Writes @p bytes to @p path, replacing the file. Fails the test when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace Quorum::Test
