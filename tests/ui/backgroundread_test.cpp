// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/modelrepository.h"
#include "tempdatabase.h"
#include "widgets/backgroundread.h"

#include <QObject>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("A background read opens the file as the window's connection does", "[ui]")
{
    // A file on a share: the window's connection uses the rollback journal and a long busy
    // timeout; the worker must do the same, whatever it would pick for the path by itself.
    OpenOptions options{OpenMode::CreateIfMissing, JournalPolicy::ForceRollback};
    options.busyTimeout = std::chrono::milliseconds(9000);
    Test::TempDatabase temp(options);
    QObject context;
    std::optional<std::pair<JournalMode, qint64>> seen;
    Ui::readInBackground<std::pair<JournalMode, qint64>>(
        &context, temp.db(),
        [](Database &worker) {
            return std::pair(worker.journalMode(), qint64(worker.busyTimeout().count()));
        },
        [&seen](std::pair<JournalMode, qint64> result) { seen = result; },
        [](const Ui::ReadFailure &failure) { FAIL(failure.message.toStdString()); });
    REQUIRE(QTest::qWaitFor([&seen] { return seen.has_value(); }, 10000));
    CHECK(seen->first == JournalMode::Rollback);
    CHECK(seen->second == 9000);
}

TEST_CASE("A background read that fails reports the core's message", "[ui]")
{
    Test::TempDatabase temp;
    QObject context;
    std::optional<QString> message;
    Ui::readInBackground<int>(
        &context, temp.db(),
        [](Database &worker) -> int {
            throw DatabaseError(DatabaseErrorKind::Locked, worker.path(),
                                QStringLiteral("busy: try again"));
        },
        [](int) { FAIL("the read was expected to fail"); },
        [&message](const Ui::ReadFailure &failure) { message = failure.message; });
    REQUIRE(QTest::qWaitFor([&message] { return message.has_value(); }, 10000));
    CHECK(*message == QStringLiteral("busy: try again"));
}
