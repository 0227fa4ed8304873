// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Quorum {

/// How SQLite keeps its journal. WAL needs shared memory between processes, which network
/// file systems do not provide, so files on shares use the rollback journal instead.
enum class JournalMode {
    Wal,      ///< local disks: readers never block the writer
    Rollback, ///< network shares: DELETE journal with synchronous=FULL
};

/// Whether a file system type as reported by QStorageInfo (e.g. "nfs4", "cifs",
/// "fuse.sshfs") is a network file system.
bool isNetworkFileSystem(const QByteArray &fileSystemType);

/// The journal mode for a database on a file system of @p fileSystemType.
JournalMode journalModeFor(const QByteArray &fileSystemType);

/// The journal mode for a database file at @p filePath (it need not exist yet).
JournalMode journalModeForPath(const QString &filePath);

QString journalModeLabel(JournalMode mode);

/// The journal mode the environment variable QUORUM_JOURNAL_MODE asks for: "wal" or
/// "rollback" (for a share whose file system is not recognised); nullopt when it is unset,
/// "auto" or anything else.
std::optional<JournalMode> journalModeOverride();

} // namespace Quorum
