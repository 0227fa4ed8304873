// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittab.h"

#include "audit/auditeventview.h"
#include "audit/audittrail.h"
#include "itemmodels/auditeventmodel.h"
#include "modelpage/modelauditevents.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Quorum::Ui {

AuditTab::AuditTab(QWidget *parent)
    : ModelTab(parent)
    , m_model(new AuditEventModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditTab"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(AuditEventModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new AuditEventView(m_model, m_filter, this);
    m_view->table()->setObjectName(QStringLiteral("modelAuditTable"));
    m_view->table()->setAccessibleName(tr("Audit events of this model"));

    m_search->setObjectName(QStringLiteral("modelAuditSearch"));
    m_search->setAccessibleName(tr("Filter the audit events"));
    m_search->setPlaceholderText(tr("Filter by actor, action, entity or id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(tr("Filter Events"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only while this tab shows
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_count->setObjectName(QStringLiteral("modelAuditCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // The model asks for the events once after a reset; they have arrived by then.
    connect(m_model, &AuditEventModel::fetchRequested, this, [this](qint64 from, qint64 to) {
        m_model->addBatch(from, to, std::exchange(m_arrived, {}));
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditTab::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditTab::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditTab::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditTab::updateCount);
    updateCount();
}

void AuditTab::showModel(const ModelDetails &details)
{
    if (details.model.id != m_modelId) {
        m_model->reset(0); // nothing of the model shown before
        m_modelId = details.model.id;
    }
    readWhenShown();
}

void AuditTab::clear()
{
    dropReads();
    m_modelId = 0;
    m_model->reset(0);
    m_count->setText(tr("No database is open."));
}

void AuditTab::read()
{
    if (!database() || m_modelId == 0) {
        return;
    }
    const qint64 modelId = m_modelId;
    m_count->setText(tr("Reading the audit events…"));
    readLatest<Read>(
        [modelId](Database &worker) {
            // The head first: events appended meanwhile are left for the next refresh.
            const qint64 head = AuditTrail(worker).head().seq;
            return Read{head, readModelAuditEvents(worker, modelId, 1, head)};
        },
        [this](Read read) {
            showEvents(std::move(read));
            Q_EMIT loaded();
        },
        [this] { m_count->setText(tr("The audit events could not be read.")); });
}

void AuditTab::showEvents(Read read)
{
    const qint64 selected = m_view->selectedSeq();
    m_arrived = std::move(read.events);
    m_model->reset(read.head);
    m_model->fetchThrough(1); // one batch: every event of the model
    m_arrived.clear();
    const int row = m_model->rowOfSeq(selected);
    if (row >= 0) {
        m_view->select(m_filter->mapFromSource(m_model->index(row, 0)));
    }
    updateCount();
}

void AuditTab::updateCount()
{
    if (m_modelId == 0) {
        return;
    }
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QLocale locale;
    m_count->setText(shown == all ? tr("Events of this model: %1").arg(locale.toString(all))
                                  : tr("Events of this model: %1 (%2 shown)")
                                        .arg(locale.toString(all), locale.toString(shown)));
}

} // namespace Quorum::Ui
