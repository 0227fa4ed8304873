// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samplereader.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace Quorum::Internal {

/// One field of the current record, as bytes. An unquoted field is trimmed of spaces, tabs and
/// a CR (unless one of them is the delimiter); a quoted one is unescaped ("" → ") and kept as
/// written. The bytes stay valid until the next call to CsvParser::next().
struct CsvField
{
    std::string_view text;
    std::int64_t line = 0; ///< the physical line (1-based) the field starts on
    bool quoted = false;
};

/// The tokenizer under readSamples(): reads a file in large blocks and hands out one record at a
/// time as byte ranges into its buffer, without allocating per record or per field. RFC 4180
/// quoting (the delimiter, doubled quotes and line breaks inside quotes), LF or CRLF line ends,
/// a final line without a line end, a UTF-8 BOM; lines holding only blanks are skipped. Spaces
/// before an opening or after a closing quote are ignored. Memory: one block plus the longest
/// record. Not thread-safe.
class CsvParser
{
public:
    /// Opens @p path. Throws StatsError(File) naming the path and the OS reason when it cannot.
    CsvParser(const QString &path, char delimiter, ReadProgress progress);

    /// Moves to the next record; false at the end of the file. Throws StatsError(Format) for a
    /// quote never closed or text after a closing quote, StatsError(File) for a read error, and
    /// StatsError(InvalidInput) when the progress callback returns false.
    bool next();

    /// The fields of the current record.
    const std::vector<CsvField> &fields() const { return m_fields; }
    /// The physical line (1-based) the current record starts on.
    std::int64_t line() const { return m_recordLine; }
    /// Bytes of the file up to the end of the current record, and the file's size.
    std::int64_t bytesConsumed() const { return m_bytesRead - std::int64_t(m_end - m_pos); }
    std::int64_t bytesTotal() const { return m_bytesTotal; }

    /// Reads only the file's bytes [@p begin, @p end): @p begin must start a record (0 or just
    /// after a line end) and, when not 0, be set before the first next(); @p end not before
    /// the bytes already read. When @p begin is not 0, bytesConsumed() and bytesTotal() then count
    /// from @p begin, and line numbers from 1 at @p begin; when it is, bytesTotal() stays the
    /// file's size (so what is reserved from it has room for the rest of the file too). Throws
    /// StatsError(File) when the file cannot seek.
    void setRange(std::int64_t begin, std::int64_t end);
    /// Replaces the progress callback (called from the thread that calls next()).
    void setProgress(ReadProgress progress) { m_progress = std::move(progress); }
    /// The file offset of the next byte to read.
    std::int64_t filePosition() const { return m_begin + m_bytesRead; }

    /// Names the fields in error messages: field i is @p names [i], or its 1-based position.
    void setColumnNames(const QStringList &names) { m_names = names; }
    QString columnLabel(std::size_t field) const;
    /// The path as shown in messages (native separators).
    const QString &displayPath() const { return m_displayPath; }

private:
    enum class Scan {
        Record,
        NeedMore,
        End,
    };

    Scan scanRecord();
    bool scanQuoted(const char *&p, const char *end, std::int64_t &line, CsvField &field);
    bool isBlank(char c) const { return m_blanks[static_cast<unsigned char>(c)]; }
    const char *skipBlanks(const char *p, const char *end) const
    {
        while (p != end && isBlank(*p)) {
            ++p;
        }
        return p;
    }
    bool isBlankRecord() const;
    void unescapeQuotes();
    void refill();

    QFile m_file;
    QString m_displayPath;
    char m_delimiter;
    ReadProgress m_progress;
    std::vector<char> m_buffer;       ///< the bytes read, a '\n' that ends every scan, padding
    std::array<bool, 256> m_stops{};  ///< bytes that end an unquoted field
    std::array<bool, 256> m_blanks{}; ///< bytes trimmed around fields
    std::size_t m_pos = 0;            ///< start of the first record not yet handed out
    std::size_t m_end = 0;            ///< end of the bytes read into m_buffer
    bool m_eof = false;
    std::int64_t m_line = 1; ///< the line m_pos is on
    std::int64_t m_recordLine = 0;
    std::int64_t m_bytesRead = 0;
    std::int64_t m_bytesTotal = 0;
    std::int64_t m_begin = 0;  ///< the file offset m_bytesRead counts from
    std::int64_t m_limit = -1; ///< bytes to read from m_begin, or -1 for all
    std::vector<CsvField> m_fields;
    std::vector<std::size_t> m_escaped; ///< fields of the current record holding ""
    QStringList m_names;
};

/// @p text (already trimmed) as a number the way Python's float() and pandas read it: optional
/// sign, decimals, exponent, "inf"/"infinity"/"nan" in any case; nullopt when it is not a
/// number. Out-of-range values become ±infinity or zero, as in Python.
std::optional<double> parseCsvNumber(std::string_view text);

/// Asks the OS to back the @p bytes at @p data with large pages where it can (Linux, with
/// transparent huge pages in "madvise" mode), so filling a vector of millions of values costs a
/// few page faults instead of thousands. Only a hint: nothing happens elsewhere or on failure.
void adviseLargePages(void *data, std::size_t bytes);

/// @p text without leading and trailing spaces and tabs.
std::string_view trimmedBytes(std::string_view text);

} // namespace Quorum::Internal
