// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Internal {

/// One record of a CSV file.
struct CsvRecord
{
    qint64 line = 0;    ///< the physical line (1-based) the record starts on
    QStringList fields; ///< unquoted fields trimmed of spaces and tabs, quoted ones as written
    std::vector<bool> quoted;
};

/// Splits UTF-8 CSV text held in memory into records, RFC 4180 style: comma-separated,
/// fields in double quotes may hold commas, line breaks and doubled quotes; LF, CRLF or CR
/// line ends; a leading byte-order mark; a last line without a line end. Lines holding only
/// blanks are skipped. Throws ImportError(Malformed) naming @p file and "line L, column C"
/// for a quote never closed or text after a closing quote, and ImportError(TooLarge) past
/// @p maxFields fields.
std::vector<CsvRecord> readCsvRecords(const QByteArray &bytes, const QString &file,
                                      qint64 maxFields);

} // namespace Quorum::Internal
