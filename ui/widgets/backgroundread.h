// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/databaseerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>

#include <functional>
#include <variant>

namespace Quorum::Ui {

/// Why a background read failed, in the core's user-facing words.
struct ReadFailure
{
    QString message;
    QString detail;
};

/// Runs @p read on a pool thread with a connection of its own to the file of @p db (Qt SQL
/// connections belong to one thread), opened in the same journal mode as @p db — a worker must
/// never switch a file on a share back to WAL. Then calls @p done with the result, or
/// @p failed, on @p context's thread; nothing is called when @p context is gone by then. The
/// GUI thread never waits on SQLite this way, even while another reviewer holds a lock.
template<typename Result>
void readInBackground(QObject *context, const Database &db, std::function<Result(Database &)> read,
                      std::function<void(Result)> done,
                      std::function<void(const ReadFailure &)> failed)
{
    const QString databasePath = db.path();
    OpenOptions options;
    options.check = OpenCheck::None; // the GUI's connection checked and migrated the file
    options.journal = db.journalMode() == JournalMode::Wal ? JournalPolicy::ForceWal
                                                           : JournalPolicy::ForceRollback;
    options.busyTimeout = db.busyTimeout();
    using Outcome = std::variant<Result, ReadFailure>;
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context,
                     [watcher, done = std::move(done), failed = std::move(failed)] {
                         Outcome outcome = watcher->result();
                         watcher->deleteLater();
                         if (auto *result = std::get_if<Result>(&outcome)) {
                             done(std::move(*result));
                         } else {
                             failed(std::get<ReadFailure>(outcome));
                         }
                     });
    watcher->setFuture(
        QtConcurrent::run([databasePath, options, read = std::move(read)]() -> Outcome {
            try {
                Database worker = Database::open(databasePath, options);
                return read(worker);
            } catch (const DatabaseError &error) {
                return ReadFailure{error.message(), error.detail()};
            } catch (const std::exception &error) {
                return ReadFailure{QCoreApplication::translate("Quorum::Ui::BackgroundRead",
                                                               "Reading %1 failed unexpectedly.")
                                       .arg(databasePath),
                                   QString::fromLocal8Bit(error.what())};
            }
        }));
}

} // namespace Quorum::Ui
