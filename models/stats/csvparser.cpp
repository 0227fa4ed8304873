// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvparser.h"

#include "statserror.h"

#include <QDir>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define QUORUM_CSV_SSE2 1
#endif

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <limits>

namespace Quorum::Internal {

namespace {

// Large enough that the per-block work (progress, moving a partial record) is noise, small
// enough to stay in the cache hierarchy.
constexpr std::size_t kBlockSize = std::size_t(1) << 20;
// Bytes after the sentinel line end that a 16-byte load starting at or before it may touch.
constexpr std::size_t kPadding = 16;

// The first line end or @p delimiter at or after @p p (the sentinel ends every search).
const char *findStop(const char *p, char delimiter, const std::array<bool, 256> &stops)
{
#if defined(QUORUM_CSV_SSE2)
    Q_UNUSED(stops);
    const __m128i lineEnd = _mm_set1_epi8('\n');
    const __m128i separator = _mm_set1_epi8(delimiter);
    for (;; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits
            = _mm_or_si128(_mm_cmpeq_epi8(bytes, lineEnd), _mm_cmpeq_epi8(bytes, separator));
        if (const auto mask = unsigned(_mm_movemask_epi8(hits))) {
            return p + std::countr_zero(mask);
        }
    }
#else
    Q_UNUSED(delimiter);
    while (!stops[static_cast<unsigned char>(*p)]) {
        ++p;
    }
    return p;
#endif
}

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

// The decimal exponent of an out-of-range number says which way it left the range: from_chars
// reports overflow and underflow alike, Python turns the first into inf and the second into 0.
bool overflows(std::string_view text)
{
    long magnitude = 0;
    bool seenDigit = false;
    bool afterPoint = false;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        const char c = text[i];
        if (c == '.') {
            afterPoint = true;
        } else if (seenDigit || c != '0') {
            seenDigit = true;
            magnitude += afterPoint ? 0 : 1;
        } else if (afterPoint) {
            --magnitude;
        }
    }
    long exponent = 0;
    if (i + 1 < text.size()) {
        const char *first = text.data() + i + 1;
        const char *last = text.data() + text.size();
        const bool negative = *first == '-';
        first += (*first == '+' || *first == '-') ? 1 : 0;
        if (std::from_chars(first, last, exponent).ec == std::errc::result_out_of_range) {
            exponent = std::numeric_limits<long>::max() / 2;
        }
        exponent = negative ? -exponent : exponent;
    }
    return magnitude + exponent > 0;
}

// Clinger's fast path for the short numbers most columns hold ("42", "-3.75"): with at most 15
// digits and no exponent, the digits and the power of ten are exact doubles, so one division
// rounds correctly. Anything else is left to from_chars.
bool readShortDecimal(const char *p, const char *last, double &value)
{
    static constexpr double kPowersOfTen[]
        = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    constexpr std::ptrdiff_t kLongest = 17; // sign, point and 15 digits
    if (last - p > kLongest) {
        return false;
    }
    const bool negative = *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t mantissa = 0;
    int digits = 0;
    int decimals = 0;
    bool point = false;
    for (; p != last; ++p) {
        const unsigned digit = unsigned(static_cast<unsigned char>(*p)) - unsigned('0');
        if (digit < 10) {
            if (++digits > 15) {
                return false;
            }
            mantissa = mantissa * 10 + digit;
            decimals += point ? 1 : 0;
        } else if (*p == '.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    if (digits == 0) {
        return false;
    }
    value = double(mantissa) / kPowersOfTen[decimals];
    value = negative ? -value : value;
    return true;
}

} // namespace

void adviseLargePages(void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kLargePage = std::uintptr_t(2) << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (start + kLargePage - 1) & ~(kLargePage - 1);
    const std::uintptr_t last = (start + bytes) & ~(kLargePage - 1);
    if (last > first) {
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

std::string_view trimmedBytes(std::string_view text)
{
    while (!text.empty() && isSpaceOrTab(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpaceOrTab(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<double> parseCsvNumber(std::string_view text)
{
    const char *first = text.data();
    const char *const last = first + text.size();
    if (first != last && *first == '+') {
        ++first; // from_chars takes no '+'; Python and pandas do
        if (first != last && (*first == '+' || *first == '-')) {
            return std::nullopt;
        }
    }
    if (first == last) {
        return std::nullopt;
    }
    double value = 0.0;
    if (readShortDecimal(first, last, value)) {
        return value;
    }
    const auto [end, error] = std::from_chars(first, last, value);
    if (end != last) {
        return std::nullopt;
    }
    if (error == std::errc::result_out_of_range) {
        const bool negative = *first == '-';
        std::string_view digits(first, std::size_t(last - first));
        digits.remove_prefix(negative ? 1 : 0);
        if (!overflows(digits)) {
            return negative ? -0.0 : 0.0;
        }
        const double infinity = std::numeric_limits<double>::infinity();
        return negative ? -infinity : infinity;
    }
    if (error != std::errc()) {
        return std::nullopt;
    }
    return value;
}

CsvParser::CsvParser(const QString &path, char delimiter, ReadProgress progress)
    : m_file(path)
    , m_displayPath(QDir::toNativeSeparators(path))
    , m_delimiter(delimiter)
    , m_progress(std::move(progress))
    , m_buffer(kBlockSize + 1 + kPadding)
{
    for (const char c : {' ', '\t', '\r'}) {
        m_blanks[static_cast<unsigned char>(c)] = c != delimiter;
    }
    m_stops[static_cast<unsigned char>('\n')] = true;
    m_stops[static_cast<unsigned char>(delimiter)] = true;
    m_buffer[0] = '\n';
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw StatsError(StatsErrorKind::File,
                         m_displayPath + QStringLiteral(": cannot read the file: ")
                             + m_file.errorString());
    }
    m_bytesTotal = m_file.size();
    if (m_file.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
        m_bytesRead = m_file.skip(3); // the UTF-8 BOM
    }
}

void CsvParser::setRange(std::int64_t begin, std::int64_t end)
{
    if (begin > 0) {
        if (!m_file.seek(begin)) {
            throw StatsError(StatsErrorKind::File,
                             m_displayPath + QStringLiteral(": cannot read: ")
                                 + m_file.errorString());
        }
        m_begin = begin;
        m_bytesRead = 0;
    }
    m_limit = end - m_begin;
    m_bytesTotal = begin > 0 ? m_limit : m_bytesTotal;
}

QString CsvParser::columnLabel(std::size_t field) const
{
    return field < std::size_t(m_names.size()) ? m_names.at(qsizetype(field))
                                               : QString::number(field + 1);
}

bool CsvParser::next()
{
    for (;;) {
        switch (scanRecord()) {
        case Scan::End:
            return false;
        case Scan::NeedMore:
            refill();
            break;
        case Scan::Record:
            if (!isBlankRecord()) {
                return true;
            }
            break;
        }
    }
}

bool CsvParser::isBlankRecord() const
{
    return m_fields.size() == 1 && !m_fields.front().quoted && m_fields.front().text.empty();
}

// Scans the record at m_pos. On NeedMore nothing is committed: the record is scanned again
// from its start once more bytes are in, which costs one record per block.
CsvParser::Scan CsvParser::scanRecord()
{
    const char *const begin = m_buffer.data();
    const char *const end = begin + m_end;
    const char *p = begin + m_pos;
    if (p == end) {
        return m_eof ? Scan::End : Scan::NeedMore;
    }
    m_fields.clear();
    m_escaped.clear();
    std::int64_t line = m_line;
    for (;;) {
        CsvField field;
        field.line = line;
        p = skipBlanks(p, end);
        if (p != end && *p == '"') {
            if (!scanQuoted(p, end, line, field)) {
                return Scan::NeedMore;
            }
        } else {
            const char *const start = p;
            p = findStop(p, m_delimiter, m_stops); // at the latest the sentinel after the bytes
            if (p == end && !m_eof) {
                return Scan::NeedMore;
            }
            const char *last = p;
            while (last != start && isBlank(last[-1])) {
                --last;
            }
            field.text = std::string_view(start, std::size_t(last - start));
        }
        m_fields.push_back(field);
        if (p == end) {
            break;
        }
        if (*p++ == '\n') {
            ++line;
            break;
        }
    }
    m_recordLine = m_line;
    m_pos = std::size_t(p - begin);
    m_line = line;
    unescapeQuotes();
    return Scan::Record;
}

// @p p is on the opening quote; on success it is left on the delimiter, the line end or the
// end of the file after the closing quote. False when the buffer ends first.
bool CsvParser::scanQuoted(const char *&p, const char *end, std::int64_t &line, CsvField &field)
{
    const std::int64_t openLine = line;
    const char *q = p + 1;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(q, '"', std::size_t(end - q)));
        line += std::count(q, quote ? quote : end, '\n');
        if (!quote || (quote + 1 == end && !m_eof)) {
            if (!quote && m_eof) {
                throw StatsError(StatsErrorKind::Format,
                                 m_displayPath
                                     + QStringLiteral(" line %1: the quoted field that "
                                                      "starts here in column '%2' is "
                                                      "never closed")
                                           .arg(openLine)
                                           .arg(columnLabel(m_fields.size())));
            }
            return false;
        }
        if (quote + 1 != end && quote[1] == '"') {
            m_escaped.push_back(m_fields.size());
            q = quote + 2;
            continue;
        }
        field.text = std::string_view(p + 1, std::size_t(quote - p - 1));
        field.quoted = true;
        p = skipBlanks(quote + 1, end);
        break;
    }
    if (p == end) {
        return m_eof;
    }
    if (*p != m_delimiter && *p != '\n') {
        throw StatsError(StatsErrorKind::Format,
                         m_displayPath
                             + QStringLiteral(" line %1, column '%2': unexpected text after the "
                                              "closing quote (a quote inside a quoted field must "
                                              "be doubled)")
                                   .arg(line)
                                   .arg(columnLabel(m_fields.size())));
    }
    return true;
}

// Rewrites "" as " in place: the record is complete, so its bytes are never scanned again.
void CsvParser::unescapeQuotes()
{
    if (m_escaped.empty()) {
        return;
    }
    m_escaped.erase(std::unique(m_escaped.begin(), m_escaped.end()), m_escaped.end());
    for (const std::size_t index : m_escaped) {
        CsvField &field = m_fields[index];
        char *const out = m_buffer.data() + (field.text.data() - m_buffer.data());
        std::size_t written = 0;
        for (std::size_t i = 0; i < field.text.size(); ++i) {
            out[written++] = field.text[i];
            i += field.text[i] == '"' ? 1 : 0;
        }
        field.text = std::string_view(out, written);
    }
}

void CsvParser::refill()
{
    const std::size_t kept = m_end - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, kept);
    }
    m_pos = 0;
    m_end = kept;
    std::size_t capacity = m_buffer.size() - 1 - kPadding; // then the sentinel, the padding
    if (m_end == capacity) {
        capacity *= 2; // a record longer than a block
        m_buffer.resize(capacity + 1 + kPadding);
    }
    qint64 wanted = qint64(capacity - m_end);
    if (m_limit >= 0) {
        wanted = std::min<qint64>(wanted, m_limit - m_bytesRead);
    }
    const qint64 count = wanted > 0 ? m_file.read(m_buffer.data() + m_end, wanted) : 0;
    if (count < 0) {
        throw StatsError(StatsErrorKind::File,
                         m_displayPath + QStringLiteral(": cannot read: ") + m_file.errorString());
    }
    if (count == 0) {
        m_eof = true;
        m_buffer[m_end] = '\n';
        return;
    }
    m_end += std::size_t(count);
    m_buffer[m_end] = '\n';
    m_bytesRead += count;
    if (m_progress && !m_progress(m_bytesRead, m_bytesTotal)) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         m_displayPath + QStringLiteral(": reading was cancelled"));
    }
}

} // namespace Quorum::Internal
