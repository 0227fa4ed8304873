// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/journalmode.h"
#include "storage/query.h"
#include "tempdatabase.h"

#include <QStorageInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Network file systems get the rollback journal, local ones WAL", "[models]")
{
    for (const char *network : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "ceph",
                                "glusterfs", "afs", "NFS4", "fuse.gvfsd-fuse", "fuse.s3fs"}) {
        INFO(network);
        CHECK(journalModeFor(network) == JournalMode::Rollback);
    }
    for (const char *local :
         {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "apfs", "ntfs", "vfat", ""}) {
        INFO(local);
        CHECK(journalModeFor(local) == JournalMode::Wal);
    }
}

TEST_CASE("A database on a local disk is opened in WAL mode", "[models]")
{
    Test::TempDatabase temp;
    REQUIRE_FALSE(isNetworkFileSystem(QStorageInfo(temp.path()).fileSystemType()));
    CHECK(temp.db().journalMode() == JournalMode::Wal);
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString()
          == QLatin1String("wal"));
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
}

TEST_CASE("The rollback journal comes with synchronous FULL and a busy timeout", "[models]")
{
    OpenOptions options{OpenMode::CreateIfMissing, JournalPolicy::ForceRollback};
    options.busyTimeout = std::chrono::milliseconds(7000);
    Test::TempDatabase temp(options);
    CHECK(temp.db().journalMode() == JournalMode::Rollback);
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString()
          == QLatin1String("delete"));
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() == 7000);
}

TEST_CASE("A WAL database moved to a share is switched to the rollback journal", "[models]")
{
    Test::TempDatabase temp;
    CHECK(temp.db().journalMode() == JournalMode::Wal);
    Database &db = temp.reopen({OpenMode::OpenExisting, JournalPolicy::ForceRollback});
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString()
          == QLatin1String("delete"));
}

TEST_CASE("QUORUM_JOURNAL_MODE forces the rollback journal for an unrecognised share", "[models]")
{
    qputenv("QUORUM_JOURNAL_MODE", "rollback");
    Test::TempDatabase temp;
    CHECK(temp.db().journalMode() == JournalMode::Rollback);
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString()
          == QLatin1String("delete"));
    qputenv("QUORUM_JOURNAL_MODE", "auto");
    CHECK(temp.reopen().journalMode() == JournalMode::Wal);
    qunsetenv("QUORUM_JOURNAL_MODE");
}
