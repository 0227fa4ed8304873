// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/backgroundwork.h"

#include <QObject>
#include <QString>

#include <functional>

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
    runWithDatabase<Result>(context, db, std::move(read), std::move(done),
                            [failed = std::move(failed)](const WorkFailure &failure) {
                                failed(ReadFailure{failure.message, failure.detail});
                            });
}

} // namespace Quorum::Ui
