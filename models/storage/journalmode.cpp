// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

namespace Quorum {

bool isNetworkFileSystem(const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.toLower();
    static const char *const kNetwork[]
        = {"nfs",        "nfs4",   "cifs",  "smb",        "smb2",           "smb3",
           "smbfs",      "ncpfs",  "afs",   "9p",         "ceph",           "glusterfs",
           "fuse.sshfs", "sshfs",  "davfs", "fuse.davfs", "fuse.rclone",    "fuse.gvfsd-fuse",
           "fuse.s3fs",  "lustre", "gpfs",  "beegfs",     "fuse.glusterfs", "fuse.cephfs",
           "webdav",     "afpfs"};
    for (const char *network : kNetwork) {
        if (type == network) {
            return true;
        }
    }
    return false;
}

JournalMode journalModeFor(const QByteArray &fileSystemType)
{
    return isNetworkFileSystem(fileSystemType) ? JournalMode::Rollback : JournalMode::Wal;
}

JournalMode journalModeForPath(const QString &filePath)
{
    // The folder always exists when we get here; the file may not.
    const QStorageInfo storage(QFileInfo(filePath).absolutePath());
    return journalModeFor(storage.fileSystemType());
}

std::optional<JournalMode> journalModeOverride()
{
    const QByteArray value = qgetenv("QUORUM_JOURNAL_MODE").trimmed().toLower();
    if (value == "wal") {
        return JournalMode::Wal;
    }
    if (value == "rollback" || value == "delete") {
        return JournalMode::Rollback;
    }
    return std::nullopt;
}

QString journalModeLabel(JournalMode mode)
{
    return mode == JournalMode::Wal
        ? QCoreApplication::translate("Quorum::JournalMode", "WAL")
        : QCoreApplication::translate("Quorum::JournalMode", "rollback (network share)");
}

} // namespace Quorum
