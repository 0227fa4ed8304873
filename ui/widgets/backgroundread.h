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

/// Runs @p read on a pool thread with a connection of its own to @p databasePath (Qt SQL
/// connections belong to one thread), then calls @p done with the result, or @p failed, on
/// @p context's thread. Nothing is called when @p context is gone by then. The GUI thread
/// never waits on SQLite this way, even while another reviewer holds a lock on a shared file.
template<typename Result>
void readInBackground(QObject *context, const QString &databasePath,
                      std::function<Result(Database &)> read, std::function<void(Result)> done,
                      std::function<void(const ReadFailure &)> failed)
{
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
    watcher->setFuture(QtConcurrent::run([databasePath, read = std::move(read)]() -> Outcome {
        try {
            // The GUI's own connection checked and migrated this file when it opened it.
            Database db = Database::open(databasePath, OpenOptions{.check = OpenCheck::None});
            return read(db);
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
