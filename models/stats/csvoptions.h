// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace Quorum {

/// How a sample column's values are treated.
enum class ColumnType {
    Numeric,     ///< every present value parses as a number
    Categorical, ///< values are labels, compared as text
};

QString columnTypeKey(ColumnType type); ///< "numeric" / "categorical"

/// Whether the first record names the columns.
enum class HeaderRow {
    Present, ///< the first record holds the column names
    Absent,  ///< columns are named by their 1-based position: "1", "2", …
};

/// How a sample CSV file is read (RFC 4180 plus the usual variations).
struct CsvOptions
{
    char delimiter = ',';
    HeaderRow header = HeaderRow::Present;
    /// Records skipped before the header (or the first data row), e.g. a title line such as
    /// the "|1x3 Cross validator" line that opens the Adult test file.
    int skipRecords = 0;
    /// Unquoted fields equal to one of these (after trimming) are missing values. A quoted
    /// empty field ("") is always missing.
    QStringList missingMarkers = {QString(), QStringLiteral("?"), QStringLiteral("NA"),
                                  QStringLiteral("NaN"), QStringLiteral("null")};
    /// Column name → type, overriding the detection (a column is numeric when every present
    /// value parses as a number). Forcing Numeric on a column with text is an error naming the
    /// line and the value.
    std::map<QString, ColumnType> typeOverrides;
};

} // namespace Quorum
