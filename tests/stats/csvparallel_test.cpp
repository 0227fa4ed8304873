// SPDX-License-Identifier: GPL-3.0-or-later
// Large files read in two halves on two threads give exactly what one pass gives.
#include "csvtestsupport.h"
#include "referencedata.h"
#include "stats/csvparallel.h"
#include "stats/samplereader.h"
#include "stats/statserror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;

namespace {

// Sends every file through the two-thread reader (or none), for as long as it lives.
class ParallelReads
{
public:
    explicit ParallelReads(bool on)
        : m_saved(Internal::parallelReadThreshold())
    {
        Internal::parallelReadThreshold() = on ? 0 : std::numeric_limits<std::int64_t>::max();
    }
    ~ParallelReads() { Internal::parallelReadThreshold() = m_saved; }
    ParallelReads(const ParallelReads &) = delete;
    ParallelReads &operator=(const ParallelReads &) = delete;

private:
    std::int64_t m_saved;
};

SampleTable readWith(bool parallel, const QString &path, const CsvOptions &options = {},
                     const QStringList &columns = {})
{
    const ParallelReads reads(parallel);
    return readSamples(path, options, columns);
}

void checkSameTables(const SampleTable &parallel, const SampleTable &serial)
{
    CHECK(parallel.rows == serial.rows);
    REQUIRE(parallel.columns.size() == serial.columns.size());
    for (std::size_t i = 0; i < serial.columns.size(); ++i) {
        const SampleColumn &p = parallel.columns[i];
        const SampleColumn &s = serial.columns[i];
        INFO("column " << s.name.toStdString());
        CHECK(p.name == s.name);
        CHECK(p.type == s.type);
        CHECK(p.numbers == s.numbers);
        CHECK(p.codes == s.codes);
        CHECK(p.categories == s.categories);
        CHECK(p.missing == s.missing);
        CHECK(p.missingRows == s.missingRows);
        CHECK(std::int64_t(p.missingRows.size()) == p.missing);
    }
}

// Rows of numbers, labels (some first seen late), missing values, blank lines, CRLF ends, and a
// column that turns out to hold text only near the end.
QByteArray generatedRows(int rows, const QByteArray &lateText)
{
    QByteArray bytes("id,x,label,late\r\n");
    for (int i = 0; i < rows; ++i) {
        bytes += QByteArray::number(i) + ',';
        bytes += i % 13 == 0 ? QByteArray("NA") : QByteArray::number(i * 0.37 - 100.0, 'g', 17);
        bytes += ",c" + QByteArray::number((i * 7) % (i < rows / 2 ? 11 : 23)) + ',';
        bytes += i == rows - 5 ? lateText : (i % 17 == 0 ? QByteArray("?") : QByteArray("1.5"));
        bytes += i % 1000 == 0 ? "\r\n\r\n" : "\r\n";
    }
    return bytes;
}

} // namespace

TEST_CASE("Large files read in two halves give exactly what one pass gives", "[stats][csv]")
{
    const CsvFile numeric(generatedRows(150000, "2.25"));
    const std::int64_t passes = Internal::passesReadInHalves();
    checkSameTables(readWith(true, numeric.path()), readWith(false, numeric.path()));
    const SampleTable table = readWith(true, numeric.path());
    CHECK(table.rows == 150000);
    CHECK(column(table, "label").categories.size() == 23);
    CHECK(column(table, "x").missingRows.front() == 0);
    CHECK(Internal::passesReadInHalves() == passes + 4); // "label" is read again as text

    // "late" switches to categorical in the second half: both halves are read again as text.
    const CsvFile switched(generatedRows(150000, "text"));
    const SampleTable both = readWith(true, switched.path());
    checkSameTables(both, readWith(false, switched.path()));
    CHECK(column(both, "late").type == ColumnType::Categorical);
    CHECK(Internal::passesReadInHalves() == passes + 6);

    CsvOptions options;
    options.header = HeaderRow::Absent;
    options.skipRecords = 1;
    options.typeOverrides[QStringLiteral("3")] = ColumnType::Categorical;
    const QStringList asked{QStringLiteral("3"), QStringLiteral("2")};
    checkSameTables(readWith(true, numeric.path(), options, asked),
                    readWith(false, numeric.path(), options, asked));
}

TEST_CASE("Quotes, even a quoted line break across the middle, read the same in halves",
          "[stats][csv]")
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 150000; ++i) {
        bytes += QByteArray::number(i) + (i % 3 == 0 ? ",\"q \"\"x\"\", y\"\n" : ",plain\n");
    }
    for (int i = 0; i < 150000; ++i) {
        bytes += QByteArray::number(i) + ",\"\"\n";
    }
    // A record whose quoted line breaks hold the middle of the file: the halves cannot split
    // there, so the reader falls back to one pass.
    const QByteArray spanning = "1,\"spans" + QByteArray(80, '\n') + "the middle\"\n";
    bytes.insert(bytes.lastIndexOf('\n', bytes.size() / 2) + 1, spanning);
    const CsvFile file(bytes);
    const SampleTable serial = readWith(false, file.path());
    const std::int64_t passes = Internal::passesReadInHalves();
    checkSameTables(readWith(true, file.path()), serial);
    CHECK(Internal::passesReadInHalves() == passes); // the halves failed: read serially
    CHECK(serial.rows == 300001);
    CHECK(column(serial, "b").categories.size() == 3);
    CHECK(column(serial, "b").missing == 150000);

    bytes.remove(bytes.indexOf(spanning), spanning.size());
    const CsvFile quoted(bytes);
    checkSameTables(readWith(true, quoted.path()), readWith(false, quoted.path()));
    CHECK(Internal::passesReadInHalves() == passes + 2);
}

TEST_CASE("An error late in a large file read in halves names its line", "[stats][csv]")
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 400000; ++i) {
        bytes += QByteArray::number(i) + ",1\n";
    }
    const CsvFile fields(bytes + "7\n8,9\n");
    const ParallelReads reads(true);
    const std::int64_t passes = Internal::passesReadInHalves();
    CHECK_THAT(message(readError(fields.path())),
               ContainsSubstring("line 400002: expected 2 fields (as in the header), found 1"));

    const CsvFile text(bytes + "8,oops\n");
    CsvOptions options;
    options.typeOverrides[QStringLiteral("b")] = ColumnType::Numeric;
    CHECK_THAT(message(readError(text.path(), options)),
               ContainsSubstring("line 400002, column 'b': expected a number, found 'oops'"));

    const CsvFile open(bytes + "8,\"never closed\n9,1\n");
    CHECK_THAT(message(readError(open.path())), ContainsSubstring("line 400002: the quoted field"));

    int calls = 0;
    const ReadProgress cancel = [&](std::int64_t, std::int64_t) { return ++calls < 2; };
    try {
        readSamples(fields.path(), {}, {}, cancel);
        FAIL("reading was expected to be cancelled");
    } catch (const StatsError &error) {
        CHECK(error.kind() == StatsErrorKind::InvalidInput);
        CHECK_THAT(message(error), ContainsSubstring("reading was cancelled"));
    }
    CHECK(Internal::passesReadInHalves() == passes);
}
