// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that once crashed a fuzz target (tests/fuzz) or broke a parser's promise, kept in
// regressions/<target>/ and named after what they triggered. Each must now parse or be
// refused with an ImportError naming the file, through the same harness the fuzzer runs.
// (run-fuzzers.sh counts an input that takes over 10 s as a finding, a hang; time is not a
// pass/fail criterion here.)
#include "fuzzharness.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Every kept fuzz finding parses or is refused cleanly", "[importers][malformed]")
{
    const QDir regressions(QStringLiteral(QUORUM_REGRESSIONS_DIR));
    REQUIRE(regressions.exists());
    int inputs = 0;
    for (const QString &folder : regressions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const std::optional<Fuzz::Target> target = Fuzz::targetNamed(folder);
        INFO("folder " << folder.toStdString());
        REQUIRE(target); // a folder per fuzz target, named like it
        const QDir dir(regressions.filePath(folder));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            INFO(folder.toStdString() << "/" << name.toStdString());
            CHECK_NOTHROW(Fuzz::runInput(*target, bytes));
            ++inputs;
        }
    }
    CHECK(inputs > 0);
}
