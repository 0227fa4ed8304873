// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvparser.h"
#include "samplecolumn.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Quorum::Internal {

struct BytesHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view bytes) const noexcept
    {
        return std::hash<std::string_view>{}(bytes);
    }
};

/// Category text → code, keyed by the raw bytes, so a repeated category costs a lookup, not an
/// allocation.
using CategoryIndex = std::unordered_map<std::string, std::int32_t, BytesHash, std::equal_to<>>;

/// Where the values of one asked-for column go during a pass over (part of) a file.
struct ColumnSink
{
    std::size_t field = 0; ///< the column's position in each record
    bool detected = false; ///< the type is detected, not forced: Numeric may become Categorical
    bool switched = false; ///< met text while detected Numeric: to be read again as Categorical
    CategoryIndex categoryIndex;
    SampleColumn column;
};

/// Files at least this large are read in two halves on two threads (a test hook: tests lower
/// it to send small files through the parallel path, or raise it to keep them serial).
std::int64_t &parallelReadThreshold();

/// How many passes over a file were read in two halves so far (for tests).
std::atomic<std::int64_t> &passesReadInHalves();

/// The offset just after the first line end at or after @p offset in the file @p path, or -1
/// when there is none or the file cannot be read.
std::int64_t recordStartAfter(const QString &path, std::int64_t offset);

/// Appends the values @p second read from the rows after @p firstRows rows into @p first, as if
/// one pass had read both: numbers appended, the category codes of @p second mapped into the
/// dictionary of @p first (new ones appended in their order of first appearance), missing rows
/// shifted by @p firstRows. A column switched in either half is marked switched, values dropped.
void appendHalf(ColumnSink &first, ColumnSink &second, std::int64_t firstRows);

/// Reads the records after the header into @p sinks: on one thread (through @p first, whose
/// current record is the last one before the data) or, for the second half, another.
using HalfReader = std::function<std::int64_t(CsvParser &parser, bool first,
                                              const std::vector<ColumnSink *> &sinks)>;

/// Reads the rest of the file @p path in two halves, split at a line end near the middle: the
/// first through @p first on this thread, the second through a new parser on another thread
/// into copies of @p sinks, which are then appended (appendHalf()). Returns the rows read, or
/// nullopt when either half failed (any error, or a quote left open across the split): the
/// caller then reads again serially, so errors name the right line. Only a cancellation through
/// @p progress (called on this thread with the bytes of both halves) is thrown.
std::optional<std::int64_t> readInHalves(CsvParser &first, const QString &path, char delimiter,
                                         const std::vector<ColumnSink *> &sinks,
                                         const HalfReader &read, const ReadProgress &progress);

} // namespace Quorum::Internal
