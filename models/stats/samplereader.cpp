// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereader.h"

#include "csvparallel.h"
#include "csvparser.h"
#include "statserror.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <thread>

namespace Quorum {

namespace {

using Internal::CsvField;
using Internal::CsvParser;

using Internal::ColumnSink;

// The first record: the column names, and whether that record is data (no header row).
struct Header
{
    QStringList names;
    std::int64_t line = 1;
    bool firstRecordIsData = false;
};

constexpr std::int64_t kRowsBeforeReserve = 4096;

QString fromBytes(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QString shortened(const QString &value)
{
    constexpr qsizetype kMaxShown = 60;
    return value.size() <= kMaxShown ? value : QString(value.left(kMaxShown - 1) + QChar(0x2026));
}

QString fieldCount(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 field") : QStringLiteral("%1 fields").arg(count);
}

// Whether @p text (not empty) starts with a digit, a sign or a point, as numbers do.
bool startsNumber(std::string_view text)
{
    const char c = text.front();
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

// Reserves room for @p capacity values, plus a large page of slack when that is several: the OS
// backs only the part aligned to large pages with them, which then covers all the values.
template<typename T>
void reserveValues(std::vector<T> &values, std::size_t capacity)
{
    constexpr std::size_t kLargePage = std::size_t(2) << 20;
    const std::size_t slack = capacity * sizeof(T) >= 2 * kLargePage ? kLargePage / sizeof(T) : 0;
    values.reserve(capacity + slack);
    Internal::adviseLargePages(values.data(), values.capacity() * sizeof(T));
}

class SampleFileReader
{
public:
    SampleFileReader(const QString &path, const CsvOptions &options, const ReadProgress &progress)
        : m_path(path)
        , m_options(options)
        , m_progress(progress)
    {
        for (const QString &marker : options.missingMarkers) {
            m_markers.push_back(marker.trimmed().toStdString());
            const std::size_t length = m_markers.back().size();
            m_markerLengths |= length < 63 ? std::uint64_t(1) << length : kLongMarker;
            m_numericMarkers = m_numericMarkers || (length > 0 && startsNumber(m_markers.back()));
        }
    }

    SampleTable read(const QStringList &columns);

private:
    Header readHeader(CsvParser &parser) const;
    std::vector<ColumnSink> sinksFor(const Header &header, const QStringList &columns,
                                     const QString &displayPath) const;
    ColumnSink sinkFor(std::size_t field, const QString &name) const;
    std::int64_t readPass(CsvParser &parser, const Header &header,
                          const std::vector<ColumnSink *> &sinks) const;
    std::int64_t readRecords(CsvParser &parser, const Header &header,
                             const std::vector<ColumnSink *> &sinks) const;
    void rereadAsCategorical(const std::vector<ColumnSink *> &sinks, std::int64_t rows) const;
    StatsError wrongFieldCount(const CsvParser &parser, const Header &header,
                               std::int64_t rowsRead) const;
    static void reserve(const std::vector<ColumnSink *> &sinks, const CsvParser &parser);
    void take(ColumnSink &sink, const CsvField &field, const CsvParser &parser,
              std::int64_t row) const;
    bool isMissing(const CsvField &field) const;

    const QString &m_path;
    const CsvOptions &m_options;
    const ReadProgress &m_progress;
    std::vector<std::string> m_markers;
    // Bit n set: some marker is n bytes long (bit 63: some is longer), so most numbers are
    // known not to be markers after one test.
    std::uint64_t m_markerLengths = 0;
    bool m_numericMarkers = false; // some marker starts like a number: see startsNumber()
    static constexpr std::uint64_t kLongMarker = std::uint64_t(1) << 63;
};

SampleTable SampleFileReader::read(const QStringList &columns)
{
    const char delimiter = m_options.delimiter;
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
        throw StatsError(StatsErrorKind::InvalidInput,
                         QStringLiteral("%1: a quote or a line end cannot separate fields")
                             .arg(QDir::toNativeSeparators(m_path)));
    }
    CsvParser parser(m_path, m_options.delimiter, m_progress);
    const Header header = readHeader(parser);
    std::vector<ColumnSink> sinks = sinksFor(header, columns, parser.displayPath());
    std::vector<ColumnSink *> all;
    for (ColumnSink &sink : sinks) {
        all.push_back(&sink);
    }
    SampleTable table;
    table.path = m_path;
    table.rows = readPass(parser, header, all);

    std::vector<ColumnSink *> switched;
    for (ColumnSink &sink : sinks) {
        if (sink.switched) {
            switched.push_back(&sink);
        }
    }
    if (!switched.empty()) {
        rereadAsCategorical(switched, table.rows);
    }
    for (ColumnSink &sink : sinks) {
        table.columns.push_back(std::move(sink.column));
    }
    return table;
}

Header SampleFileReader::readHeader(CsvParser &parser) const
{
    for (int skipped = 0; skipped < m_options.skipRecords; ++skipped) {
        if (!parser.next()) {
            break;
        }
    }
    if (!parser.next()) {
        throw StatsError(StatsErrorKind::Format,
                         parser.displayPath()
                             + (m_options.skipRecords > 0
                                    ? QStringLiteral(": nothing follows the %1 skipped line(s)")
                                          .arg(m_options.skipRecords)
                                    : QStringLiteral(": the file is empty")));
    }
    Header header;
    header.line = parser.line();
    const auto &fields = parser.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        header.names.append(m_options.header == HeaderRow::Present ? fromBytes(fields[i].text)
                                                                   : QString::number(i + 1));
    }
    header.firstRecordIsData = m_options.header == HeaderRow::Absent;
    parser.setColumnNames(header.names);
    return header;
}

std::vector<ColumnSink> SampleFileReader::sinksFor(const Header &header, const QStringList &columns,
                                                   const QString &displayPath) const
{
    std::vector<ColumnSink> sinks;
    if (columns.isEmpty()) {
        for (qsizetype i = 0; i < header.names.size(); ++i) {
            sinks.push_back(sinkFor(std::size_t(i), header.names.at(i)));
        }
        return sinks;
    }
    for (const QString &name : columns) {
        // Duplicated names (COMPAS has some) resolve to the first column of that name.
        const qsizetype field = header.names.indexOf(name);
        if (field >= 0) {
            sinks.push_back(sinkFor(std::size_t(field), name));
            continue;
        }
        const QString known = m_options.header == HeaderRow::Present
            ? QStringLiteral("the header has: %1").arg(header.names.join(QStringLiteral(", ")))
            : QStringLiteral("the file has no header row; its %1 columns "
                             "are named 1 to %1")
                  .arg(header.names.size());
        throw StatsError(StatsErrorKind::Column,
                         displayPath
                             + QStringLiteral(": no column named '%1' (%2)").arg(name, known));
    }
    return sinks;
}

ColumnSink SampleFileReader::sinkFor(std::size_t field, const QString &name) const
{
    ColumnSink sink;
    sink.field = field;
    sink.column.name = name;
    const auto forced = m_options.typeOverrides.find(name);
    sink.detected = forced == m_options.typeOverrides.end();
    sink.column.type = sink.detected ? ColumnType::Numeric : forced->second;
    return sink;
}

std::int64_t SampleFileReader::readRecords(CsvParser &parser, const Header &header,
                                           const std::vector<ColumnSink *> &sinks) const
{
    const auto expected = std::size_t(header.names.size());
    std::int64_t rows = 0;
    for (bool more = header.firstRecordIsData || parser.next(); more; more = parser.next()) {
        const std::vector<CsvField> &fields = parser.fields();
        if (fields.size() != expected) {
            throw wrongFieldCount(parser, header, rows);
        }
        for (ColumnSink *sink : sinks) {
            take(*sink, fields[sink->field], parser, rows);
        }
        if (++rows == kRowsBeforeReserve) {
            reserve(sinks, parser);
        }
    }
    return rows;
}

StatsError SampleFileReader::wrongFieldCount(const CsvParser &parser, const Header &header,
                                             std::int64_t rowsRead) const
{
    const bool named = m_options.header == HeaderRow::Present;
    const auto expected = qsizetype(header.names.size());
    const auto found = qsizetype(parser.fields().size());
    QString text = QStringLiteral(" line %1: expected %2 (%3), found %4")
                       .arg(QString::number(parser.line()), fieldCount(expected),
                            named ? QStringLiteral("as in the header")
                                  : QStringLiteral("as on line %1").arg(header.line),
                            QString::number(found));
    // A title or comment line before the data (adult.test starts with "|1x3 Cross validator")
    // reads as a one-field first record; say so rather than leave the user to guess.
    if (expected == 1 && found > 1 && rowsRead == (named ? 0 : 1)) {
        text += QStringLiteral("; if line %1 is a title or a comment, skip it (--skip-rows)")
                    .arg(header.line);
    }
    return StatsError(StatsErrorKind::Format, parser.displayPath() + text);
}

// Sizes the value vectors for the whole file from the bytes per record so far, sparing the
// copies and page faults of repeated growth on files of millions of rows.
void SampleFileReader::reserve(const std::vector<ColumnSink *> &sinks, const CsvParser &parser)
{
    const double consumed = double(std::max<std::int64_t>(parser.bytesConsumed(), 1));
    const double expected
        = 1.05 * double(kRowsBeforeReserve) * double(parser.bytesTotal()) / consumed;
    const auto capacity = std::size_t(std::min(expected, 1e10));
    for (ColumnSink *sink : sinks) {
        if (sink->column.type == ColumnType::Numeric) {
            reserveValues(sink->column.numbers, capacity);
        } else {
            reserveValues(sink->column.codes, capacity);
        }
    }
}

// One pass over the data records after the header: in two halves on two threads when the file
// is large, else (or when anything goes wrong in halves, so errors name the right line) in one.
std::int64_t SampleFileReader::readPass(CsvParser &parser, const Header &header,
                                        const std::vector<ColumnSink *> &sinks) const
{
    if (parser.bytesTotal() < Internal::parallelReadThreshold()
        || std::thread::hardware_concurrency() < 2) {
        return readRecords(parser, header, sinks);
    }
    std::vector<ColumnSink> pristine;
    for (const ColumnSink *sink : sinks) {
        pristine.push_back(*sink);
    }
    const Header secondHeader{header.names, header.line, false};
    const Internal::HalfReader readHalf
        = [&](CsvParser &half, bool first, const std::vector<ColumnSink *> &halfSinks) {
              return readRecords(half, first ? header : secondHeader, halfSinks);
          };
    if (const auto rows = Internal::readInHalves(parser, m_path, m_options.delimiter, sinks,
                                                 readHalf, m_progress)) {
        return *rows;
    }
    for (std::size_t i = 0; i < sinks.size(); ++i) {
        *sinks[i] = std::move(pristine[i]);
    }
    CsvParser serial(m_path, m_options.delimiter, m_progress);
    const Header again = readHeader(serial);
    return readRecords(serial, again, sinks);
}

// A column detected Numeric met text: its numbers so far cannot give back the original text
// ("01" read as 1), so the file is read once more for all such columns together.
void SampleFileReader::rereadAsCategorical(const std::vector<ColumnSink *> &sinks,
                                           std::int64_t rows) const
{
    for (ColumnSink *sink : sinks) {
        sink->switched = false;
        sink->detected = false;
        sink->column.type = ColumnType::Categorical;
        sink->column.numbers = {};
        sink->column.missing = 0;
        sink->column.missingRows = {};
        sink->categoryIndex.clear();
    }
    CsvParser parser(m_path, m_options.delimiter, m_progress);
    const Header header = readHeader(parser);
    if (readPass(parser, header, sinks) != rows) {
        throw StatsError(StatsErrorKind::File,
                         parser.displayPath()
                             + QStringLiteral(": the file changed while it was being read"));
    }
}

bool SampleFileReader::isMissing(const CsvField &field) const
{
    if (field.quoted) {
        return field.text.empty();
    }
    const std::size_t length = field.text.size();
    if ((m_markerLengths & (length < 63 ? std::uint64_t(1) << length : kLongMarker)) == 0
        || (!m_numericMarkers && length > 0 && startsNumber(field.text))) {
        return false;
    }
    for (const std::string &marker : m_markers) {
        if (field.text == marker) {
            return true;
        }
    }
    return false;
}

void SampleFileReader::take(ColumnSink &sink, const CsvField &field, const CsvParser &parser,
                            std::int64_t row) const
{
    if (sink.switched) {
        return;
    }
    SampleColumn &column = sink.column;
    if (isMissing(field)) {
        ++column.missing;
        column.missingRows.push_back(row);
        return;
    }
    if (column.type == ColumnType::Categorical) {
        auto found = sink.categoryIndex.find(field.text);
        if (found == sink.categoryIndex.end()) {
            const auto code = std::int32_t(column.categories.size());
            found = sink.categoryIndex.emplace(std::string(field.text), code).first;
            column.categories.append(fromBytes(field.text));
        }
        column.codes.push_back(found->second);
        return;
    }
    const auto number
        = Internal::parseCsvNumber(field.quoted ? Internal::trimmedBytes(field.text) : field.text);
    if (number) {
        // Infinities and NaN count as missing: no drift statistic is defined on them.
        if (std::isfinite(*number)) {
            column.numbers.push_back(*number);
        } else {
            ++column.missing;
            column.missingRows.push_back(row);
        }
        return;
    }
    if (!sink.detected) {
        throw StatsError(
            StatsErrorKind::Column,
            parser.displayPath()
                + QStringLiteral(" line %1, column '%2': expected a number, found '%3'")
                      .arg(QString::number(field.line), column.name,
                           shortened(fromBytes(field.text))));
    }
    sink.switched = true;
    column.numbers = {};
    column.missing = 0;
    column.missingRows = {};
}

} // namespace

SampleTable readSamples(const QString &path, const CsvOptions &options, const QStringList &columns,
                        const ReadProgress &progress)
{
    return SampleFileReader(path, options, progress).read(columns);
}

} // namespace Quorum
