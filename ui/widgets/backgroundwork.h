// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/cryptoerror.h"
#include "governance/governanceerror.h"
#include "storage/database.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>

#include <functional>
#include <optional>
#include <variant>

namespace Quorum::Ui {

/// Why background work failed, in the core's user-facing words, with the kind of error so the
/// caller can react (let the user retype a wrong passphrase, say).
struct WorkFailure
{
    enum class Source {
        Database,   ///< DatabaseError
        Governance, ///< GovernanceError: the rules refused; nothing was written
        Crypto,     ///< CryptoError: a key, certificate or signature
        Unexpected, ///< anything else
    };
    Source source = Source::Unexpected;
    QString message;
    QString detail;
    std::optional<GovernanceErrorKind> governance;
    std::optional<CryptoErrorKind> crypto;

    bool isWrongPassphrase() const { return crypto == CryptoErrorKind::WrongPassphrase; }
};

/// The options of a worker's connection to the file of @p db: the same journal mode and busy
/// timeout as @p db (a worker must never switch a file on a share back to WAL), no checks.
inline OpenOptions workerOpenOptions(const Database &db)
{
    OpenOptions options;
    options.check = OpenCheck::None; // the GUI's connection checked and migrated the file
    options.journal = db.journalMode() == JournalMode::Wal ? JournalPolicy::ForceWal
                                                           : JournalPolicy::ForceRollback;
    options.busyTimeout = db.busyTimeout();
    return options;
}

/// Calls @p work, turning every exception into a WorkFailure.
template<typename Result>
std::variant<Result, WorkFailure> catchFailures(const std::function<Result()> &work)
{
    try {
        return work();
    } catch (const DatabaseError &error) {
        return WorkFailure{WorkFailure::Source::Database, error.message(), error.detail(), {}, {}};
    } catch (const GovernanceError &error) {
        return WorkFailure{WorkFailure::Source::Governance, error.message(), {}, error.kind(), {}};
    } catch (const CryptoError &error) {
        return WorkFailure{
            WorkFailure::Source::Crypto, error.message(), error.detail(), {}, error.kind()};
    } catch (const std::exception &error) {
        return WorkFailure{WorkFailure::Source::Unexpected,
                           QCoreApplication::translate("Quorum::Ui::BackgroundWork",
                                                       "The work failed unexpectedly. Try again; "
                                                       "if it persists, report the details."),
                           QString::fromLocal8Bit(error.what()),
                           {},
                           {}};
    }
}

/// Runs @p work on a pool thread, then calls @p done with its result, or @p failed, on
/// @p context's thread; nothing is called when @p context is gone by then.
template<typename Result>
void runInBackground(QObject *context, std::function<Result()> work,
                     std::function<void(Result)> done,
                     std::function<void(const WorkFailure &)> failed)
{
    using Outcome = std::variant<Result, WorkFailure>;
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context,
                     [watcher, done = std::move(done), failed = std::move(failed)] {
                         Outcome outcome = watcher->result();
                         watcher->deleteLater();
                         if (auto *result = std::get_if<Result>(&outcome)) {
                             done(std::move(*result));
                         } else {
                             failed(std::get<WorkFailure>(outcome));
                         }
                     });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work)]() -> Outcome { return catchFailures<Result>(work); }));
}

/// Runs @p work on a pool thread with a connection of its own to the file of @p db (Qt SQL
/// connections belong to one thread), opened as workerOpenOptions() says; it may read or write.
/// Then calls @p done or @p failed as runInBackground() does. The GUI thread never waits on
/// SQLite or on signing this way, even while another reviewer holds a lock.
template<typename Result>
void runWithDatabase(QObject *context, const Database &db, std::function<Result(Database &)> work,
                     std::function<void(Result)> done,
                     std::function<void(const WorkFailure &)> failed)
{
    const QString path = db.path();
    const OpenOptions options = workerOpenOptions(db);
    runInBackground<Result>(
        context,
        [path, options, work = std::move(work)]() -> Result {
            Database worker = Database::open(path, options);
            return work(worker);
        },
        std::move(done), std::move(failed));
}

} // namespace Quorum::Ui
