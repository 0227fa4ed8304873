// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableprinter.h"

#include <algorithm>

namespace Quorum::Cli {

namespace {

constexpr int kGap = 2;

} // namespace

TablePrinter::TablePrinter(QStringList headers, QList<Align> alignments)
    : m_headers(std::move(headers))
    , m_alignments(std::move(alignments))
{
    m_alignments.resize(m_headers.size(), Align::Left);
}

void TablePrinter::addRow(const QStringList &cells)
{
    QStringList row = cells.mid(0, m_headers.size());
    row.resize(m_headers.size());
    m_rows.append(row);
}

QString TablePrinter::toString() const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers) {
        widths.append(header.size());
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString text = formatRow(m_headers, widths);
    for (const QStringList &row : m_rows) {
        text += formatRow(row, widths);
    }
    return text;
}

QString TablePrinter::formatRow(const QStringList &cells, const QList<qsizetype> &widths) const
{
    QString line;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (column > 0) {
            line += QString(kGap, QLatin1Char(' '));
        }
        const QString &cell = cells.at(column);
        line += m_alignments.at(column) == Align::Right ? cell.rightJustified(widths.at(column))
                                                        : cell.leftJustified(widths.at(column));
    }
    // Trailing blanks of a left-aligned last column help nobody and upset diff tools.
    while (line.endsWith(QLatin1Char(' '))) {
        line.chop(1);
    }
    return line + QLatin1Char('\n');
}

} // namespace Quorum::Cli
