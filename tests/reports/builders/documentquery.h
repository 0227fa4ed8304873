// SPDX-License-Identifier: GPL-3.0-or-later
// Looking things up in a built Document, for the builder tests.
#pragma once

#include "document/document.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Test {

/// Every block of type T in @p document, in order.
template<typename T>
std::vector<const T *> blocksOf(const Reports::Document &document)
{
    std::vector<const T *> found;
    for (const Reports::Block &block : document.blocks) {
        if (const T *typed = std::get_if<T>(&block)) {
            found.push_back(typed);
        }
    }
    return found;
}

/// The texts of every heading of @p document.
QStringList headingTexts(const Reports::Document &document);

/// The first table with @p caption in its caption; nullptr when none.
const Reports::Table *tableWithCaption(const Reports::Document &document, const QString &caption);

/// The first table whose header has @p column; nullptr when none.
const Reports::Table *tableWithColumn(const Reports::Document &document, const QString &column);

/// The index of the row of @p table whose first cell is @p first; -1 when none.
int rowStartingWith(const Reports::Table &table, const QString &first);

/// Every text of @p document (paragraphs, list items, cells, key-value pairs) joined by '\n'.
QString allText(const Reports::Document &document);

/// The first column of the first row of @p sql on @p db.
QVariant sqlValue(Database &db, const QString &sql);

} // namespace Quorum::Test
