// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnesstables.h"

#include "charts/chartstyle.h"
#include "charts/chartvalues.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::FairnessTables", text);
}

QTableWidget *createTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return table;
}

// Tall enough for every row: the tables are short and sit one under the other. Text too long
// for the last column is elided; its tooltip holds it whole.
void fitHeight(QTableWidget *table)
{
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    const int height = table->horizontalHeader()->sizeHint().height()
        + table->verticalHeader()->length() + 2 * table->frameWidth();
    table->setFixedHeight(height);
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

QTableWidgetItem *number(const QString &text)
{
    return item(text, Qt::AlignRight);
}

void setRow(QTableWidget *table, int row, std::initializer_list<QTableWidgetItem *> cells,
            const QColor &flagColor)
{
    int column = 0;
    for (QTableWidgetItem *cell : cells) {
        if (flagColor.isValid()) {
            cell->setForeground(flagColor);
        }
        table->setItem(row, column++, cell);
    }
}

} // namespace

QTableWidget *createSummaryTable()
{
    QTableWidget *table = createTable({tr("Metric"), tr("Value"), tr("Flag"), tr("Rule")});
    table->setObjectName(QStringLiteral("fairnessSummary"));
    table->setAccessibleName(tr("Fairness summary metrics"));
    return table;
}

void fillSummaryTable(QTableWidget *table, const FairnessChartData &data)
{
    const QColor flagged = chartColors(table->palette()).drift;
    table->setRowCount(static_cast<int>(data.summary.size() + data.otherFlags.size()));
    int row = 0;
    // A flagged row states the flag as stored (with the policy's limit), others the usual rule.
    for (const FairnessSummaryRow &s : data.summary) {
        setRow(table, row++,
               {item(s.label), number(formatRate(s.value)),
                item(s.isFlagged() ? tr("⚠ Flagged") : QString()),
                item(s.isFlagged() ? s.flag : s.rule)},
               s.isFlagged() ? flagged : QColor());
    }
    for (const QString &flag : data.otherFlags) {
        setRow(table, row++,
               {item(tr("Other")), number(QString()), item(tr("⚠ Flagged")), item(flag)}, flagged);
    }
    fitHeight(table);
}

QTableWidget *createGroupTable()
{
    QTableWidget *table = createTable(
        {tr("Group"), tr("People"), tr("Share"), tr("Selection"), tr("TPR"), tr("FPR")});
    table->setObjectName(QStringLiteral("fairnessGroups"));
    table->setAccessibleName(tr("Groups and their rates"));
    return table;
}

void fillGroupTable(QTableWidget *table, const FairnessChartData &data)
{
    const QColor flagged = chartColors(table->palette()).drift;
    const QLocale locale;
    table->setRowCount(static_cast<int>(data.groups.size()));
    int row = 0;
    for (const FairnessBars &g : data.groups) {
        const double share = data.totalCount > 0
            ? static_cast<double>(g.count) / static_cast<double>(data.totalCount)
            : 0.0;
        const QString name = g.privileged ? tr("%1 (privileged)").arg(g.group) : g.group;
        setRow(table, row++,
               {item(name), number(locale.toString(g.count)), number(formatShare(share)),
                number(formatRate(g.selectionRate)), number(formatRate(g.tpr)),
                number(formatRate(g.fpr))},
               g.belowFourFifths ? flagged : QColor());
    }
    fitHeight(table);
}

} // namespace Quorum::Ui
