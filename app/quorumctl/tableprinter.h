// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum::Cli {

/// A plain-text table for people: a header row and columns padded to their widest cell.
class TablePrinter
{
public:
    enum class Align {
        Left,
        Right,
    };

    /// One column per header; @p alignments defaults to Left for columns it leaves out.
    explicit TablePrinter(QStringList headers, QList<Align> alignments = {});

    /// Adds a row; missing cells are blank, extra cells are dropped.
    void addRow(const QStringList &cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    /// The table, one line per row with a newline each and no trailing blanks.
    QString toString() const;

private:
    QString formatRow(const QStringList &cells, const QList<qsizetype> &widths) const;

    QStringList m_headers;
    QList<Align> m_alignments;
    QList<QStringList> m_rows;
};

} // namespace Quorum::Cli
