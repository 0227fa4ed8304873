// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming CSV sample reader's rules. Small files are written to a temporary folder so each
// test shows the exact bytes it reads.
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

TEST_CASE("Column type keys are the words used in files and reports", "[stats][csv]")
{
    CHECK(columnTypeKey(ColumnType::Numeric) == QStringLiteral("numeric"));
    CHECK(columnTypeKey(ColumnType::Categorical) == QStringLiteral("categorical"));
}

TEST_CASE("A header row names the columns; numbers and labels are told apart", "[stats][csv]")
{
    const SampleTable table = read("age,sex,score\n34,F,0.5\n51,M,-1.25e1\n29,F,3\n");
    CHECK(table.rows == 3);
    REQUIRE(table.columns.size() == 3);
    CHECK(table.columns[0].name == QStringLiteral("age"));
    CHECK(table.columns[1].name == QStringLiteral("sex"));
    CHECK(table.columns[2].name == QStringLiteral("score"));

    CHECK(column(table, "age").type == ColumnType::Numeric);
    CHECK(column(table, "age").numbers == std::vector<double>{34, 51, 29});
    CHECK(column(table, "score").numbers == std::vector<double>{0.5, -12.5, 3});
    const SampleColumn &sex = column(table, "sex");
    CHECK(sex.type == ColumnType::Categorical);
    CHECK(sex.categories == QStringList{QStringLiteral("F"), QStringLiteral("M")});
    CHECK(sex.codes == std::vector<std::int32_t>{0, 1, 0});
    CHECK(sex.size() == 3);
}

TEST_CASE("Columns come in the order asked for, and the others are not kept", "[stats][csv]")
{
    const SampleTable table
        = read("a,b,c\n1,x,3\n4,y,6\n", {}, {QStringLiteral("c"), QStringLiteral("a")});
    REQUIRE(table.columns.size() == 2);
    CHECK(table.columns[0].name == QStringLiteral("c"));
    CHECK(table.columns[0].numbers == std::vector<double>{3, 6});
    CHECK(table.columns[1].name == QStringLiteral("a"));
    CHECK(table.columns[1].numbers == std::vector<double>{1, 4});
    CHECK(table.rows == 2);
}

TEST_CASE("Quoted fields may hold the delimiter, doubled quotes and line breaks", "[stats][csv]")
{
    const SampleTable table = read("id,label\n"
                                   "1,\"Poss 3,4 MDMA\"\n"
                                   "2,\"say \"\"hi\"\"\"\n"
                                   "3,\"two\nlines\"\n"
                                   "4,\"  kept spaces \"\n"
                                   "5, \"spaces outside quotes\" \n");
    CHECK(table.rows == 5);
    CHECK(column(table, "id").numbers == std::vector<double>{1, 2, 3, 4, 5});
    CHECK(texts(column(table, "label"))
          == QStringList{QStringLiteral("Poss 3,4 MDMA"), QStringLiteral("say \"hi\""),
                         QStringLiteral("two\nlines"), QStringLiteral("  kept spaces "),
                         QStringLiteral("spaces outside quotes")});
}

TEST_CASE("CRLF line ends, a BOM and a last line without a line end are read", "[stats][csv]")
{
    const SampleTable table
        = read("\xEF\xBB\xBFname,value\r\n\"a\",1\r\nb,2\r\n\r\nc,\"3\"", {}, {});
    CHECK(table.rows == 3);
    CHECK(table.columns[0].name == QStringLiteral("name"));
    CHECK(texts(column(table, "name"))
          == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(column(table, "value").numbers == std::vector<double>{1, 2, 3});

    // Without a header the BOM sits before the first value, which must still read as a number.
    CsvOptions options;
    options.header = HeaderRow::Absent;
    const SampleTable data = read("\xEF\xBB\xBF"
                                  "7,a\r\n8,b",
                                  options);
    CHECK(column(data, "1").type == ColumnType::Numeric);
    CHECK(column(data, "1").numbers == std::vector<double>{7, 8});
}

TEST_CASE("Blank lines are skipped and spaces around unquoted fields trimmed", "[stats][csv]")
{
    const SampleTable table = read("\nx , y\n\n  1 ,\tred  \n   \n2,blue\n\n\n");
    CHECK(table.rows == 2);
    CHECK(column(table, "x").numbers == std::vector<double>{1, 2});
    CHECK(texts(column(table, "y")) == QStringList{QStringLiteral("red"), QStringLiteral("blue")});
}

TEST_CASE("Missing markers are counted as missing, not stored", "[stats][csv]")
{
    const SampleTable table
        = read("n,c\n1,a\n,\n?,?\nNA,NA\nNaN,NaN\nnull,null\n \"\" , \"\" \n2,b\n");
    CHECK(table.rows == 8);
    const SampleColumn &n = column(table, "n");
    CHECK(n.type == ColumnType::Numeric);
    CHECK(n.numbers == std::vector<double>{1, 2});
    CHECK(n.missing == 6);
    const SampleColumn &c = column(table, "c");
    CHECK(c.type == ColumnType::Categorical);
    CHECK(c.categories == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(c.missing == 6);
}

TEST_CASE("A quoted marker is text, and the markers can be changed", "[stats][csv]")
{
    SECTION("a quoted NA is the label NA")
    {
        const SampleTable table = read("c\n\"NA\"\nNA\n");
        CHECK(texts(column(table, "c")) == QStringList{QStringLiteral("NA")});
        CHECK(column(table, "c").missing == 1);
    }
    SECTION("custom markers, without the empty one")
    {
        CsvOptions options;
        options.missingMarkers = {QStringLiteral("-"), QStringLiteral(" n/a ")};
        const SampleTable table = read("c,n\n-,-\nn/a,n/a\n,7\n?,8\n", options);
        CHECK(texts(column(table, "c")) == QStringList{QString(), QStringLiteral("?")});
        CHECK(column(table, "c").missing == 2);
        CHECK(column(table, "n").numbers == std::vector<double>{7, 8});
        CHECK(column(table, "n").missing == 2);
    }
}

TEST_CASE("Numbers are read as Python and pandas read them", "[stats][csv]")
{
    // float() in Python 3.11 gives: 1.0, -2500.0, 0.5, 5.0, 7.0, 100000.0, 0.001, 0.0 (1e-999
    // underflows); inf, -inf, 1e999 (inf) and nan are not finite and so counted as missing.
    const SampleTable table = read("v\n+1\n-2.5e3\n.5\n5.\n\" 7 \"\n1E+05\n1e-3\n1e-999\n"
                                   "inf\n-Infinity\n1e999\nnan\n");
    const SampleColumn &v = column(table, "v");
    CHECK(v.type == ColumnType::Numeric);
    CHECK(v.numbers == std::vector<double>{1, -2500, 0.5, 5, 7, 100000, 0.001, 0});
    CHECK(v.missing == 4);
}

TEST_CASE("Text that only looks like a number makes a column categorical", "[stats][csv]")
{
    // Python's float() rejects each of these; so does pandas' parser (it keeps them as text).
    for (const char *text : {"0x10", "1_000", "1,5", "--1", "+-1", "1e", "12abc", "."}) {
        CAPTURE(text);
        const SampleTable table
            = read(QByteArray("v\n1\n\"") + QByteArray(text) + QByteArray("\"\n"));
        CHECK(column(table, "v").type == ColumnType::Categorical);
        CHECK(texts(column(table, "v"))
              == QStringList{QStringLiteral("1"), QString::fromUtf8(text)});
    }
}

TEST_CASE("A column that meets text after numbers keeps the original text", "[stats][csv]")
{
    // Rows 1-3 are numbers, row 4 is not: the column is read again as categorical, so "01"
    // and "2.50" come back as written, not as 1 and 2.5. The other columns are unchanged.
    const SampleTable table = read("code,x,grade\n01,1,7\n2.50,2,8\n01,3,x\nB7,4,?\n");
    CHECK(table.rows == 4);
    const SampleColumn &code = column(table, "code");
    CHECK(code.type == ColumnType::Categorical);
    CHECK(code.numbers.empty());
    CHECK(code.categories
          == QStringList{QStringLiteral("01"), QStringLiteral("2.50"), QStringLiteral("B7")});
    CHECK(code.codes == std::vector<std::int32_t>{0, 1, 0, 2});
    const SampleColumn &grade = column(table, "grade");
    CHECK(grade.type == ColumnType::Categorical);
    CHECK(texts(grade)
          == QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("x")});
    CHECK(grade.missing == 1);
    CHECK(column(table, "x").numbers == std::vector<double>{1, 2, 3, 4});
}

TEST_CASE("All columns that switch are read again in one more pass", "[stats][csv]")
{
    const QByteArray bytes("a,b,c\n1,2,3\nx,2,y\n");
    const CsvFile file(bytes);
    int passes = 0; // each pass reads this small file in one block
    const ReadProgress count = [&](std::int64_t read, std::int64_t total) {
        CHECK(read == total);
        ++passes;
        return true;
    };
    const SampleTable table = readSamples(file.path(), {}, {}, count);
    CHECK(passes == 2);
    CHECK(texts(column(table, "a")) == QStringList{QStringLiteral("1"), QStringLiteral("x")});
    CHECK(texts(column(table, "c")) == QStringList{QStringLiteral("3"), QStringLiteral("y")});
    CHECK(column(table, "b").numbers == std::vector<double>{2, 2});

    // A file that grows between the two passes is reported, not half-read.
    const ReadProgress append = [&](std::int64_t, std::int64_t) {
        if (++passes == 4) {
            QFile more(file.path());
            REQUIRE(more.open(QIODevice::Append));
            more.write("z,5,w\n");
        }
        return true;
    };
    const StatsError error = [&] {
        try {
            readSamples(file.path(), {}, {}, append);
        } catch (const StatsError &e) {
            return e;
        }
        FAIL("a file that changed between passes was expected to fail");
        throw;
    }();
    CHECK(error.kind() == StatsErrorKind::File);
    CHECK_THAT(message(error), ContainsSubstring(": the file changed while it was being read"));
}

TEST_CASE("A column with no present value is numeric and empty", "[stats][csv]")
{
    const SampleTable table = read("a,b\n,1\nNA,2\n");
    CHECK(column(table, "a").type == ColumnType::Numeric);
    CHECK(column(table, "a").size() == 0);
    CHECK(column(table, "a").missing == 2);
}

TEST_CASE("Type overrides force categorical or numeric", "[stats][csv]")
{
    CsvOptions options;
    options.typeOverrides[QStringLiteral("zip")] = ColumnType::Categorical;
    options.typeOverrides[QStringLiteral("score")] = ColumnType::Numeric;
    const SampleTable table = read("zip,score\n01234,1\n1.0,NA\n,2\n", options);
    const SampleColumn &zip = column(table, "zip");
    CHECK(zip.type == ColumnType::Categorical);
    CHECK(texts(zip) == QStringList{QStringLiteral("01234"), QStringLiteral("1.0")});
    CHECK(zip.missing == 1);
    CHECK(column(table, "score").numbers == std::vector<double>{1, 2});
    CHECK(column(table, "score").missing == 1);
}

TEST_CASE("Forcing Numeric on text names the file, line, column and value", "[stats][csv]")
{
    CsvOptions options;
    options.typeOverrides[QStringLiteral("age")] = ColumnType::Numeric;
    SECTION("the first text value is reported, blank lines counted")
    {
        const CsvFile file("id,age\n1,30\n\n2, abc \n3,x\n");
        const StatsError error = readError(file.path(), options);
        CHECK(error.kind() == StatsErrorKind::Column);
        CHECK(message(error)
              == QDir::toNativeSeparators(file.path()).toStdString()
                  + " line 4, column 'age': expected a number, found 'abc'");
    }
    SECTION("a quoted line break counts as a line")
    {
        const CsvFile file("id,age\n\"a\nb\",1\n2,\"abc\"\n");
        CHECK_THAT(message(readError(file.path(), options)),
                   ContainsSubstring(" line 4, column 'age': expected a number, found 'abc'"));
    }
}

TEST_CASE("A record with the wrong number of fields names its line", "[stats][csv]")
{
    const CsvFile file("a,b,c\n1,2,3\n\n\"x\ny\",2,3\n1,2\n");
    const StatsError error = readError(file.path());
    CHECK(error.kind() == StatsErrorKind::Format);
    CHECK(message(error)
          == QDir::toNativeSeparators(file.path()).toStdString()
              + " line 6: expected 3 fields (as in the header), found 2");

    const CsvFile title("Exported samples\na,b\n1,2\n");
    CHECK(message(readError(title.path()))
          == QDir::toNativeSeparators(title.path()).toStdString()
              + " line 2: expected 1 field (as in the header), found 2; if line 1 is a title "
                "or a comment, skip it (--skip-rows)");

    const CsvFile noHeader("1,2\n3,4,5\n");
    CsvOptions options;
    options.header = HeaderRow::Absent;
    CHECK_THAT(message(readError(noHeader.path(), options)),
               ContainsSubstring(" line 2: expected 2 fields (as on line 1), found 3"));
}

TEST_CASE("A quote never closed names the line it opens on and its column", "[stats][csv]")
{
    const CsvFile file("name,comment\nann,fine\nbob,\"starts here\nand runs on\n\ncarl,x\n");
    const StatsError error = readError(file.path());
    CHECK(error.kind() == StatsErrorKind::Format);
    CHECK(message(error)
          == QDir::toNativeSeparators(file.path()).toStdString()
              + " line 3: the quoted field that starts here in column 'comment' is never "
                "closed");
}

TEST_CASE("Text after a closing quote is an error naming line and column", "[stats][csv]")
{
    const CsvFile file("a,b\n1,\"x\"y\n");
    const StatsError error = readError(file.path());
    CHECK(error.kind() == StatsErrorKind::Format);
    CHECK_THAT(message(error),
               ContainsSubstring(" line 2, column 'b': unexpected text after the "
                                 "closing quote"));
}

TEST_CASE("Asking for a column the file lacks lists the columns it has", "[stats][csv]")
{
    const CsvFile file("a,b,c\n1,2,3\n");
    const StatsError error
        = readError(file.path(), {}, {QStringLiteral("a"), QStringLiteral("foo")});
    CHECK(error.kind() == StatsErrorKind::Column);
    CHECK(message(error)
          == QDir::toNativeSeparators(file.path()).toStdString()
              + ": no column named 'foo' (the header has: a, b, c)");

    CsvOptions options;
    options.header = HeaderRow::Absent;
    CHECK_THAT(message(readError(file.path(), options, {QStringLiteral("4")})),
               ContainsSubstring(": no column named '4' (the file has no header row; its 3 "
                                 "columns are named 1 to 3)"));
}

TEST_CASE("A file that cannot be read is a File error with the OS reason", "[stats][csv]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("absent.csv"));
    const StatsError error = readError(missing);
    CHECK(error.kind() == StatsErrorKind::File);
    CHECK_THAT(message(error), ContainsSubstring(QDir::toNativeSeparators(missing).toStdString()));
    CHECK_THAT(message(error), ContainsSubstring(std::strerror(ENOENT))); // the OS's words

    CHECK(readError(dir.path()).kind() == StatsErrorKind::File);
}

TEST_CASE("An empty file is a Format error; a header alone gives empty columns", "[stats][csv]")
{
    const CsvFile empty("\n\n");
    CHECK_THAT(message(readError(empty.path())), ContainsSubstring(": the file is empty"));

    const SampleTable table = read("a,b\n");
    CHECK(table.rows == 0);
    REQUIRE(table.columns.size() == 2);
    CHECK(table.columns[0].size() == 0);
}

TEST_CASE("Without a header row columns are named 1, 2, … and every record is data", "[stats][csv]")
{
    CsvOptions options;
    options.header = HeaderRow::Absent;
    const SampleTable table = read("39, State-gov, ?\n50, Private, 7\n", options);
    CHECK(table.rows == 2);
    REQUIRE(table.columns.size() == 3);
    CHECK(table.columns[0].name == QStringLiteral("1"));
    CHECK(column(table, "1").numbers == std::vector<double>{39, 50});
    CHECK(texts(column(table, "2"))
          == QStringList{QStringLiteral("State-gov"), QStringLiteral("Private")});
    CHECK(column(table, "3").numbers == std::vector<double>{7});
    CHECK(column(table, "3").missing == 1);
}

TEST_CASE("A duplicated header name finds the first column of that name", "[stats][csv]")
{
    const SampleTable asked = read("id,score,score\n1,10,20\n", {}, {QStringLiteral("score")});
    CHECK(asked.columns[0].numbers == std::vector<double>{10});

    const SampleTable all = read("id,score,score\n1,10,20\n");
    REQUIRE(all.columns.size() == 3);
    CHECK(all.columns[2].name == QStringLiteral("score"));
    CHECK(all.columns[2].numbers == std::vector<double>{20});
}

TEST_CASE("The delimiter is configurable", "[stats][csv]")
{
    CsvOptions semicolon;
    semicolon.delimiter = ';';
    const SampleTable european = read("a;b\n\"1;5\";2,5\n", semicolon);
    CHECK(texts(column(european, "a")) == QStringList{QStringLiteral("1;5")});
    CHECK(texts(column(european, "b")) == QStringList{QStringLiteral("2,5")});

    CsvOptions tab;
    tab.delimiter = '\t';
    const SampleTable tsv = read("a\tb\tc\n 1 \t\tx y\n", tab);
    CHECK(column(tsv, "a").numbers == std::vector<double>{1});
    CHECK(column(tsv, "b").missing == 1);
    CHECK(texts(column(tsv, "c")) == QStringList{QStringLiteral("x y")});

    CsvOptions space;
    space.delimiter = ' ';
    space.header = HeaderRow::Absent;
    const SampleTable german = read("A11 6 A34\nA12 48 A32\n", space);
    CHECK(column(german, "2").numbers == std::vector<double>{6, 48});

    CsvOptions quote;
    quote.delimiter = '"';
    const CsvFile file("a\"b\n");
    const StatsError error = readError(file.path(), quote);
    CHECK(error.kind() == StatsErrorKind::InvalidInput);
    CHECK_THAT(message(error), ContainsSubstring("a quote or a line end cannot separate fields"));
}

TEST_CASE("Progress is reported per block, and returning false cancels", "[stats][csv]")
{
    QByteArray bytes("n\n");
    for (int i = 0; i < 400000; ++i) { // about 2.6 MB: three blocks
        bytes += QByteArray::number(i) + '\n';
    }
    const CsvFile file(bytes);
    std::vector<std::int64_t> seen;
    const ReadProgress record = [&](std::int64_t read, std::int64_t total) {
        CHECK(total == bytes.size());
        seen.push_back(read);
        return true;
    };
    const SampleTable table = readSamples(file.path(), {}, {}, record);
    CHECK(table.rows == 400000);
    REQUIRE(seen.size() >= 2);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == bytes.size());

    int calls = 0;
    const ReadProgress cancel = [&](std::int64_t, std::int64_t) { return ++calls < 2; };
    try {
        readSamples(file.path(), {}, {}, cancel);
        FAIL("reading was expected to be cancelled");
    } catch (const StatsError &error) {
        CHECK(error.kind() == StatsErrorKind::InvalidInput);
        CHECK(message(error)
              == QDir::toNativeSeparators(file.path()).toStdString() + ": reading was cancelled");
    }
    CHECK(calls == 2);
}

TEST_CASE("A record longer than a read block is read whole", "[stats][csv]")
{
    const QByteArray longText(3 * 1024 * 1024, 'x');
    const SampleTable table = read("a,b\n1,\"" + longText + "\"\n2,short\n");
    CHECK(table.rows == 2);
    CHECK(column(table, "b").categories.at(0).size() == longText.size());
}

TEST_CASE("A generated file of 200,000 rows reads back exactly", "[stats][csv]")
{
    // Row i holds x = i / 4 (exact in binary), a label cycling through four words with quotes
    // and line breaks in some, and a missing value every 7th row. So sum(x) = (n-1)·n / 8 and
    // each count is known in closed form. Blocks end at arbitrary points inside these records.
    constexpr int n = 200000;
    QByteArray bytes("x,label,y\r\n");
    const QByteArray labels[]
        = {"plain", "\"with, comma\"", "\"two\nlines\"", "\"say \"\"hi\"\"\""};
    for (int i = 0; i < n; ++i) {
        bytes += QByteArray::number(i / 4.0, 'g', 17) + ',' + labels[i % 4] + ','
            + (i % 7 == 0 ? QByteArray("NA") : QByteArray::number(i % 10)) + "\r\n";
    }
    const CsvFile file(bytes);
    const SampleTable table = readSamples(file.path(), {});
    CHECK(table.rows == n);
    CHECK(sum(column(table, "x").numbers) == double(n - 1) * n / 8.0);
    const SampleColumn &label = column(table, "label");
    CHECK(label.categories
          == QStringList{QStringLiteral("plain"), QStringLiteral("with, comma"),
                         QStringLiteral("two\nlines"), QStringLiteral("say \"hi\"")});
    CHECK(countOf(label, "two\nlines") == n / 4);
    const SampleColumn &y = column(table, "y");
    CHECK(y.missing == (n + 6) / 7);
    CHECK(y.size() == n - (n + 6) / 7);

    // Line numbers late in the file count the quoted line breaks: row i starts on line
    // 2 + i + (i + 1) / 4, one extra line for each earlier "two\nlines" row.
    const CsvFile bad(bytes + "1,plain\r\n");
    CHECK_THAT(message(readError(bad.path())),
               ContainsSubstring(" line " + std::to_string(2 + n + (n + 1) / 4)
                                 + ": expected 3 fields (as in the header), found 2"));
}
