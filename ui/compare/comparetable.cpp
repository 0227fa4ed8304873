// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetable.h"

#include "charts/chartstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>
#include <limits>
#include <optional>

namespace Quorum::Ui {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

// The alert colour blended into the base colour: a tint light on light palettes and dark on
// dark ones, so the palette's own text colour stays readable on it.
QColor tint(RowMark mark, const QPalette &palette)
{
    const ChartColors colors = chartColors(palette);
    const QColor accent = mark == RowMark::Regression ? colors.drift : colors.warning;
    const QColor base = palette.color(QPalette::Base);
    constexpr double kShare = 0.3;
    auto mix = [](int a, int b) { return static_cast<int>(a * (1.0 - kShare) + b * kShare + 0.5); };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                  mix(base.blue(), accent.blue()));
}

} // namespace

CompareTable::CompareTable(const QString &objectName, const QString &accessibleName,
                           const QStringList &headers, QWidget *parent)
    : QTableView(parent)
    , m_rows(new QStandardItemModel(0, static_cast<int>(headers.size()), this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    m_rows->setHorizontalHeaderLabels(headers);
    m_sorted->setSourceModel(m_rows);
    m_sorted->setSortRole(kSortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_sorted);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorClearable(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
}

void CompareTable::clearRows()
{
    m_rows->removeRows(0, m_rows->rowCount());
}

void CompareTable::addRow(const std::vector<CompareCell> &cells, RowMark mark)
{
    QList<QStandardItem *> items;
    for (const CompareCell &cell : cells) {
        auto *item = new QStandardItem(cell.text);
        item->setData(cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text), kSortRole);
        item->setData(static_cast<int>(mark), kMarkRole);
        item->setTextAlignment(cell.alignment | Qt::AlignVCenter);
        item->setToolTip(cell.toolTip.isEmpty() ? cell.text : cell.toolTip);
        if (mark != RowMark::None) {
            item->setBackground(tint(mark, palette()));
        }
        items << item;
    }
    if (mark != RowMark::None && !items.isEmpty()) {
        items.front()->setIcon(style()->standardIcon(mark == RowMark::Regression
                                                         ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation));
    }
    m_rows->appendRow(items);
}

void CompareTable::finishRows()
{
    resizeColumnsToContents();
}

int CompareTable::rowCount() const
{
    return m_sorted->rowCount();
}

QString CompareTable::selectedRowsAsTsv() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    auto line = [this](auto cell) {
        QStringList texts;
        for (int column = 0; column < m_sorted->columnCount(); ++column) {
            texts << cell(column).simplified();
        }
        return texts.join(QLatin1Char('\t'));
    };
    QStringList lines{line(
        [this](int column) { return m_sorted->headerData(column, Qt::Horizontal).toString(); })};
    for (const QModelIndex &row : rows) {
        lines << line([this, &row](int column) {
            return m_sorted->index(row.row(), column).data().toString();
        });
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CompareTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        const QString tsv = selectedRowsAsTsv();
        if (!tsv.isEmpty()) {
            QApplication::clipboard()->setText(tsv);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void CompareTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) {
        return;
    }
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        for (int column = 0; column < m_rows->columnCount(); ++column) {
            QStandardItem *item = m_rows->item(row, column);
            if (!item) {
                continue;
            }
            const auto mark = static_cast<RowMark>(item->data(kMarkRole).toInt());
            if (mark != RowMark::None) {
                item->setBackground(tint(mark, palette()));
            }
        }
    }
}

CompareCell CompareTable::numberCell(const QString &text, std::optional<double> value)
{
    return {text, value.value_or(std::numeric_limits<double>::lowest()), Qt::AlignRight, {}};
}

CompareCell CompareTable::textCell(const QString &text, const QString &toolTip)
{
    return {text, {}, Qt::AlignLeft, toolTip};
}

} // namespace Quorum::Ui
