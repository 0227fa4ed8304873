// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// What a background open reports back to the GUI thread: the file's absolute path, and a
/// user-facing message with its detail when it failed.
struct OpenOutcome
{
    QString path;
    QString errorMessage; ///< empty on success
    QString errorDetail;
};

/// Owns the workbench's database connection and opens files without blocking the GUI thread.
///
/// The slow part of an open (validation, quick_check, backup, migrations, building the demo)
/// runs in a worker thread on a connection of its own, which is closed there; only then is
/// the GUI thread's connection opened, without the checks. One operation runs at a time.
/// A failed open leaves the database that was open before open and unchanged.
class DatabaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseController)

public:
    explicit DatabaseController(QObject *parent = nullptr);
    ~DatabaseController() override;

    /// The GUI thread's connection, or nullptr when no database is open. Replaced when
    /// another database opens: do not keep the pointer beyond the current event.
    Database *database() const { return m_db.get(); }
    bool isOpen() const { return m_db != nullptr; }
    /// Whether an open is under way (further requests are refused until it ends).
    bool isBusy() const { return m_busy; }

    /// Opens the existing governance database at @p path. Returns false when busy.
    bool open(const QString &path);
    /// Creates a new governance database at @p path, which must not exist yet, and opens it.
    bool create(const QString &path);
    /// Opens the demo database, building it first when it does not exist yet.
    bool openDemo();
    /// Closes the open database, if any.
    void close();

    /// Where the demo database lives: demo.sqlite in the application's data folder.
    static QString demoDatabasePath();

Q_SIGNALS:
    /// An open of @p path started in the background.
    void busyStarted(const QString &path);
    /// The demo database is being built; progress follows with buildProgress().
    void demoBuildStarted(const QString &path);
    void buildProgress(int done, int total);
    /// The background work ended, successfully or not (sent before opened() or failed()).
    void busyFinished();
    /// @p path is now the open database.
    void opened(const QString &path);
    /// Opening @p path failed; @p message is user-facing, @p detail technical.
    void failed(const QString &path, const QString &message, const QString &detail);
    void closed();

private:
    enum class Job {
        Open,
        Create,
        Demo,
    };

    bool start(const QString &path, Job job);
    void finish();

    std::unique_ptr<Database> m_db;
    QFutureWatcher<OpenOutcome> m_watcher;
    bool m_busy = false;
};

} // namespace Quorum::Ui
