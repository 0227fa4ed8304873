// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentquery.h"

#include "storage/query.h"

namespace Quorum::Test {

using namespace Reports;

QStringList headingTexts(const Document &document)
{
    QStringList texts;
    for (const Heading *heading : blocksOf<Heading>(document)) {
        texts << heading->text;
    }
    return texts;
}

const Table *tableWithCaption(const Document &document, const QString &caption)
{
    for (const Table *table : blocksOf<Table>(document)) {
        if (table->caption.contains(caption)) {
            return table;
        }
    }
    return nullptr;
}

const Table *tableWithColumn(const Document &document, const QString &column)
{
    for (const Table *table : blocksOf<Table>(document)) {
        if (table->header.contains(column)) {
            return table;
        }
    }
    return nullptr;
}

int rowStartingWith(const Table &table, const QString &first)
{
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (!table.rows[i].isEmpty() && table.rows[i].front() == first) {
            return int(i);
        }
    }
    return -1;
}

QString allText(const Document &document)
{
    QStringList texts;
    for (const Block &block : document.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&block)) {
            texts << p->text;
        } else if (const auto *h = std::get_if<Heading>(&block)) {
            texts << h->text;
        } else if (const auto *list = std::get_if<BulletList>(&block)) {
            texts << list->items;
        } else if (const auto *kv = std::get_if<KeyValueList>(&block)) {
            for (const auto &[key, value] : kv->rows) {
                texts << key + QStringLiteral(": ") + value;
            }
        } else if (const auto *table = std::get_if<Table>(&block)) {
            for (const QStringList &row : table->rows) {
                texts << row.join(QStringLiteral(" | "));
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QVariant sqlValue(Database &db, const QString &sql)
{
    return Query::scalar(db, sql);
}

} // namespace Quorum::Test
