// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"
#include "samplecolumn.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace Quorum {

/// Called now and then while a file is read: bytes read so far and the file's size. Return
/// false to cancel; readSamples() then throws StatsError(InvalidInput, "… cancelled").
using ReadProgress = std::function<bool(std::int64_t bytesRead, std::int64_t bytesTotal)>;

/// Reads the columns @p columns (all columns when empty) of the CSV file @p path, streaming:
/// memory grows with the values of the columns asked for, never with the whole file.
/// UTF-8, an optional BOM, LF or CRLF line ends, RFC 4180 quoting (quoted delimiters, doubled
/// quotes, quoted line breaks); spaces around unquoted fields are trimmed.
/// Throws StatsError naming the file, the line (1-based, physical) and the column for: a file
/// that cannot be read, an unclosed quote, a record with the wrong number of fields, a column
/// name that is not in the header, a non-number in a column forced Numeric.
SampleTable readSamples(const QString &path, const CsvOptions &options,
                        const QStringList &columns = {}, const ReadProgress &progress = {});

} // namespace Quorum
