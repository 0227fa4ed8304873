// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalmode.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>

namespace Quorum {

/// Whether opening may create a new governance database.
enum class OpenMode {
    OpenExisting,    ///< the file must exist and be a Quorum database
    CreateIfMissing, ///< create (and initialise) the file when it is missing or empty
};

/// Journal choice; Automatic picks WAL on local disks and the rollback journal on shares.
enum class JournalPolicy {
    Automatic,
    ForceWal,
    ForceRollback,
};

/// How thoroughly to check the file before using it.
enum class OpenCheck {
    QuickCheck, ///< PRAGMA quick_check: the default for every open
    None,       ///< for a second connection to a file this process has just checked
};

struct OpenOptions
{
    OpenMode mode = OpenMode::OpenExisting;
    JournalPolicy journal = JournalPolicy::Automatic;
    OpenCheck check = OpenCheck::QuickCheck;
    std::chrono::milliseconds busyTimeout{5000};
};

/// One connection to a governance database file.
///
/// open() validates the file (exists, is SQLite, is Quorum, not newer than this program, passes
/// quick_check, writable, not locked), chooses the journal mode, and applies pending migrations
/// in one transaction after writing a backup copy. Every failure throws DatabaseError with a
/// message naming the file and saying what to do; a refused file is left untouched.
///
/// A Database belongs to the thread that opened it (a Qt SQL rule); open one per thread.
class Database
{
public:
    static Database open(const QString &filePath, const OpenOptions &options = {});

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) = delete;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// The schema version this program writes (the number of the last migration).
    static int latestSchemaVersion();

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    JournalMode journalMode() const { return m_journalMode; }
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }
    int schemaVersion() const;
    /// The schema version the file had when it was opened: 0 for a file this open created,
    /// less than schemaVersion() when this open upgraded it.
    int schemaVersionAtOpen() const { return m_versionAtOpen; }
    /// The time of changes made through this connection (audit events, default timestamps):
    /// the UTC wall clock unless a clock was injected, for deterministic output.
    QDateTime now() const;
    /// Injects @p clock (returning UTC); an empty function restores the wall clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The backup written before the migrations of this open, or empty when none ran.
    const QString &migrationBackupPath() const { return m_backupPath; }

private:
    Database(QString path, QString connectionName);
    void validateExisting(const OpenOptions &options, bool &isNew);
    void migrate();

    QString m_path;
    QString m_connectionName;
    JournalMode m_journalMode = JournalMode::Wal;
    std::chrono::milliseconds m_busyTimeout{5000};
    int m_versionAtOpen = 0;
    std::function<QDateTime()> m_clock;
    QString m_backupPath;
};

} // namespace Quorum
