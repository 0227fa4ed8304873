// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Quorum {

/// The present values of one column of a sample file, in file order. Missing values are not
/// stored: missingRows lists their 0-based data-row indices (ascending), so columns of the same
/// table can be lined up row by row. A numeric column fills numbers; a categorical one fills
/// codes, each an index into categories (in order of first appearance).
struct SampleColumn
{
    QString name;
    ColumnType type = ColumnType::Numeric;
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    QStringList categories;
    std::int64_t missing = 0;              ///< == missingRows.size()
    std::vector<std::int64_t> missingRows; ///< data-row indices of the missing values

    /// Number of present values.
    std::int64_t size() const
    {
        return type == ColumnType::Numeric ? std::int64_t(numbers.size())
                                           : std::int64_t(codes.size());
    }
};

/// Columns read from one sample file, in the order they were asked for (file order when all).
struct SampleTable
{
    QString path;
    std::int64_t rows = 0; ///< data records read (the header excluded)
    std::vector<SampleColumn> columns;

    /// The column called @p name, or nullptr.
    const SampleColumn *column(const QString &name) const
    {
        for (const auto &c : columns) {
            if (c.name == name) {
                return &c;
            }
        }
        return nullptr;
    }
};

} // namespace Quorum
