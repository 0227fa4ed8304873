// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresultpanel.h"

#include "imports/importpreviewmodel.h"
#include "imports/importsummary.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kWarningRows = 4;
constexpr QLatin1String kErrorStyle("color: #c0392b;");

} // namespace

ImportResultPanel::ImportResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImportPreviewModel(this))
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("Changes the import makes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(ImportPreviewModel::StatusColumn, em * 6);
    m_table->setColumnWidth(ImportPreviewModel::KindColumn, em * 10);
    m_table->setColumnWidth(ImportPreviewModel::TargetColumn, em * 12);

    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(m_warnings->fontMetrics().lineSpacing() * kWarningRows + 8);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setAccessibleName(tr("Import message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    clear();
}

void ImportResultPanel::clear(const QString &summary)
{
    m_model->setChanges({});
    m_summary->setText(summary.isEmpty()
                           ? tr("Choose what to import, then Preview to see what would change.")
                           : summary);
    m_warnings->clear();
    m_warnings->hide();
    m_progress->hide();
    m_message->clear();
    m_message->hide();
}

void ImportResultPanel::showPlan(const ImportPlan &plan)
{
    m_model->setChanges(plan.changes);
    for (const int column : {ImportPreviewModel::StatusColumn, ImportPreviewModel::KindColumn,
                             ImportPreviewModel::TargetColumn}) {
        m_table->resizeColumnToContents(column);
    }
    m_summary->setText(previewSummary(plan));
    m_warnings->clear();
    m_warnings->addItems(plan.warnings);
    m_warnings->setVisible(!plan.warnings.isEmpty());
}

void ImportResultPanel::showProgress(int done, int total, const QString &step)
{
    m_progress->setRange(0, total);
    m_progress->setValue(total > 0 ? done : 0);
    m_progress->show();
    m_message->setStyleSheet(QString());
    m_message->setText(step);
    m_message->show();
}

void ImportResultPanel::showOutcome(Outcome outcome, const QString &message, const QString &detail)
{
    m_progress->hide();
    m_message->setToolTip(detail);
    m_message->setStyleSheet(outcome == Outcome::Error ? QString(kErrorStyle) : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ImportResultPanel::summary() const
{
    return m_summary->text();
}

QString ImportResultPanel::message() const
{
    return m_message->text();
}

int ImportResultPanel::rowCount() const
{
    return m_model->rowCount();
}

} // namespace Quorum::Ui
