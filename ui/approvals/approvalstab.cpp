// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalstab.h"

#include "approvals/approvalshtml.h"
#include "approvals/requesttablemodel.h"
#include "widgets/backgroundread.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Quorum::Ui {

ApprovalsTab::ApprovalsTab(QWidget *parent)
    : ModelTab(parent)
    , m_model(new RequestTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("approvalsTab"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RequestTableModel::SortKeyRole);
    createTable();
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("approvalsDetail"));
    m_detail->setAccessibleName(tr("Checks and decisions of the selected request"));
    m_detail->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_content = splitter;

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("approvalsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("approvalsCount"));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_table, m_detail);
    showEmpty(tr("No database is open."));
}

void ApprovalsTab::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Release requests of this model"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::SubmittedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalsTab::showSelected);
}

void ApprovalsTab::showModel(const ModelDetails &details)
{
    const Database *db = database();
    if (!db) {
        clear();
        return;
    }
    if (details.model.id != m_modelId) {
        dropReads(); // a read of the previous model still on its way is dropped
        m_modelId = details.model.id;
        m_model->setSnapshot(nullptr);
        m_snapshot = {};
        showEmpty(tr("Reading the release requests…"));
    }
    readWhenShown();
}

void ApprovalsTab::read()
{
    if (m_modelId == 0) {
        return;
    }
    const qint64 modelId = m_modelId;
    readLatest<ApprovalsSnapshot>(
        [modelId](Database &worker) { return readApprovals(worker, modelId); },
        [this](ApprovalsSnapshot snapshot) { setSnapshot(std::move(snapshot)); });
}

void ApprovalsTab::clear()
{
    dropReads();
    m_modelId = 0;
    m_model->setSnapshot(nullptr);
    m_snapshot = {};
    showEmpty(tr("No database is open."));
}

void ApprovalsTab::setSnapshot(ApprovalsSnapshot snapshot)
{
    const qint64 selected = selectedRequestId();
    const bool firstLoad = m_model->rowCount() == 0;
    m_model->setSnapshot(nullptr);
    m_snapshot = std::move(snapshot);
    m_model->setSnapshot(&m_snapshot);
    const int count = m_model->rowCount();
    m_count->setText(tr("%n release request(s)", nullptr, count));
    if (count == 0) {
        showEmpty(tr("No release request has been submitted for this model yet."));
    } else {
        m_stack->setCurrentWidget(m_content);
        if (firstLoad) {
            m_table->resizeColumnsToContents();
        }
        selectRequest(selected);
        if (selectedRequestId() == 0) {
            m_table->setCurrentIndex(m_sorted->index(0, 0));
        }
        showSelected();
    }
    Q_EMIT loaded();
}

void ApprovalsTab::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_detail->clear();
    m_count->clear();
}

void ApprovalsTab::showSelected()
{
    const qint64 id = selectedRequestId();
    const ApprovalRequest *request = m_snapshot.request(id);
    m_detail->setHtml(request ? approvalRequestHtml(*request, m_snapshot, palette()) : QString());
}

qint64 ApprovalsTab::selectedRequestId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RequestTableModel::RequestIdRole).toLongLong() : 0;
}

void ApprovalsTab::selectRequest(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void ApprovalsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        showSelected(); // the status colours follow the palette
    }
    ModelTab::changeEvent(event);
}

} // namespace Quorum::Ui
