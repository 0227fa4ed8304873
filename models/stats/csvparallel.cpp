// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvparallel.h"

#include "statserror.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace Quorum::Internal {

namespace {

// Below this, a second thread's start-up and the merge cost more than they save.
constexpr std::int64_t kDefaultParallelThreshold = std::int64_t(8) << 20;

void appendCodes(ColumnSink &first, ColumnSink &second)
{
    SampleColumn &into = first.column;
    const SampleColumn &from = second.column;
    std::vector<const std::string *> texts(std::size_t(from.categories.size()), nullptr);
    for (const auto &[text, code] : second.categoryIndex) {
        texts[std::size_t(code)] = &text;
    }
    std::vector<std::int32_t> mapped(texts.size());
    for (std::size_t code = 0; code < texts.size(); ++code) {
        const auto [found, added]
            = first.categoryIndex.try_emplace(*texts[code], std::int32_t(into.categories.size()));
        if (added) {
            into.categories.append(from.categories.at(qsizetype(code)));
        }
        mapped[code] = found->second;
    }
    into.codes.reserve(into.codes.size() + from.codes.size());
    for (const std::int32_t code : from.codes) {
        into.codes.push_back(mapped[std::size_t(code)]);
    }
}

// The records of the bytes [begin, end) of @p path into @p sinks; -1 on any error.
std::int64_t readSecondHalf(const QString &path, char delimiter, std::int64_t begin,
                            std::int64_t end, const std::vector<ColumnSink *> &sinks,
                            const HalfReader &read, std::atomic<std::int64_t> &bytesRead,
                            const std::atomic<bool> &stop) noexcept
{
    try {
        CsvParser parser(path, delimiter, [&](std::int64_t bytes, std::int64_t) {
            bytesRead = bytes;
            return !stop.load();
        });
        parser.setRange(begin, end);
        return read(parser, false, sinks);
    } catch (...) {
        return -1;
    }
}

} // namespace

std::int64_t &parallelReadThreshold()
{
    static std::int64_t threshold = kDefaultParallelThreshold;
    return threshold;
}

std::atomic<std::int64_t> &passesReadInHalves()
{
    static std::atomic<std::int64_t> passes{0};
    return passes;
}

std::int64_t recordStartAfter(const QString &path, std::int64_t offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        return -1;
    }
    std::vector<char> chunk(std::size_t(64) << 10);
    for (std::int64_t at = offset;;) {
        const qint64 count = file.read(chunk.data(), qint64(chunk.size()));
        if (count <= 0) {
            return -1;
        }
        const auto *end
            = static_cast<const char *>(std::memchr(chunk.data(), '\n', std::size_t(count)));
        if (end) {
            return at + (end - chunk.data()) + 1;
        }
        at += count;
    }
}

void appendHalf(ColumnSink &first, ColumnSink &second, std::int64_t firstRows)
{
    SampleColumn &into = first.column;
    SampleColumn &from = second.column;
    if (first.switched || second.switched) {
        first.switched = true;
        into.numbers = {};
        into.missingRows = {};
        into.missing = 0;
        return;
    }
    if (into.type == ColumnType::Numeric) {
        into.numbers.reserve(into.numbers.size() + from.numbers.size());
        into.numbers.insert(into.numbers.end(), from.numbers.begin(), from.numbers.end());
        from.numbers = {};
    } else {
        appendCodes(first, second);
    }
    into.missing += from.missing;
    into.missingRows.reserve(into.missingRows.size() + from.missingRows.size());
    for (const std::int64_t row : from.missingRows) {
        into.missingRows.push_back(row + firstRows);
    }
}

// Appends the second half's values to the first's and reports the whole file read; returns
// @p firstRows.
std::int64_t joinHalves(const CsvParser &first, const std::vector<ColumnSink *> &sinks,
                        std::vector<ColumnSink> &second, std::int64_t firstRows,
                        const ReadProgress &progress, std::int64_t total)
{
    for (std::size_t i = 0; i < sinks.size(); ++i) {
        appendHalf(*sinks[i], second[i], firstRows);
    }
    if (progress && !progress(total, total)) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         first.displayPath() + QStringLiteral(": reading was cancelled"));
    }
    ++passesReadInHalves();
    return firstRows;
}

std::optional<std::int64_t> readInHalves(CsvParser &first, const QString &path, char delimiter,
                                         const std::vector<ColumnSink *> &sinks,
                                         const HalfReader &read, const ReadProgress &progress)
{
    const std::int64_t total = first.bytesTotal();
    const std::int64_t split = recordStartAfter(path, std::max(total / 2, first.filePosition()));
    if (split < 0 || split >= total) {
        return std::nullopt;
    }
    std::vector<ColumnSink> second(sinks.size());
    std::vector<ColumnSink *> secondSinks;
    for (std::size_t i = 0; i < sinks.size(); ++i) {
        second[i] = *sinks[i];
        secondSinks.push_back(&second[i]);
    }
    std::atomic<std::int64_t> secondBytes{0};
    std::atomic<bool> stop{false};
    std::int64_t secondRows = -1;
    std::thread worker;
    try {
        worker = std::thread([&] {
            secondRows = readSecondHalf(path, delimiter, split, total, secondSinks, read,
                                        secondBytes, stop);
        });
    } catch (const std::system_error &) {
        return std::nullopt; // no thread to be had: read serially
    }
    bool cancelled = false;
    first.setProgress([&](std::int64_t bytes, std::int64_t) {
        if (!progress || progress(bytes + secondBytes.load(), total)) {
            return true;
        }
        cancelled = stop = true;
        return false;
    });
    std::int64_t firstRows = -1;
    std::exception_ptr error;
    try {
        first.setRange(0, split);
        firstRows = read(first, true, sinks);
    } catch (...) {
        error = std::current_exception();
        stop = true;
    }
    worker.join();
    first.setProgress(progress); // the callback above refers to this frame
    if (cancelled) {
        std::rethrow_exception(error);
    }
    if (firstRows < 0 || secondRows < 0) {
        return std::nullopt;
    }
    return joinHalves(first, sinks, second, firstRows, progress, total) + secondRows;
}

} // namespace Quorum::Internal
