// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxarea.h"

#include "inbox/inboxdetailhtml.h"
#include "inbox/signdialog.h"
#include "itemmodels/inboxmodel.h"
#include "settings/signingidentity.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Quorum::Ui {

InboxArea::InboxArea(SigningIdentity *identity, QWidget *parent)
    : QWidget(parent)
    , m_identity(identity)
    , m_model(new InboxModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("inboxArea"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(InboxModel::SortKeyRole);
    createTable();
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    m_detail->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 600}); // a few requests above, the evidence gets the room
    splitter->setChildrenCollapsible(false);

    m_emptyPage = new QWidget;
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("inboxEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptySettings = new QPushButton(tr("Open Settings"));
    connect(m_emptySettings, &QPushButton::clicked, this, &InboxArea::settingsRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptySettings, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    m_stack = new QStackedWidget;
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyPage);
    m_content = splitter;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_stack, 1);

    connect(m_identity, &SigningIdentity::resolved, this, &InboxArea::reload);
    showEmpty(tr("No database is open."), false);
}

QWidget *InboxArea::createHeader()
{
    auto *header = new QWidget;
    auto *title = new QLabel(tr("Inbox"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("inboxWho"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("inboxCount"));
    m_decide = new QPushButton(tr("&Decide…"));
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("Sign a decision on the selected request (Ctrl+Return)"));
    connect(m_decide, &QPushButton::clicked, this, &InboxArea::decide);

    auto *decideAction = new QAction(tr("Decide…"), this);
    decideAction->setShortcuts({QKeySequence(Qt::ControlModifier | Qt::Key_Return),
                                QKeySequence(Qt::ControlModifier | Qt::Key_Enter)});
    decideAction->setShortcutContext(Qt::WindowShortcut);
    connect(decideAction, &QAction::triggered, this, [this] {
        if (m_decide->isEnabled()) {
            decide();
        }
    });
    addAction(decideAction);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addWidget(m_who, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_decide);
    return header;
}

void InboxArea::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InboxModel::SubmittedColumn, Qt::AscendingOrder);
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
            &InboxArea::showSelected);
    connect(m_table, &QAbstractItemView::activated, this, &InboxArea::decide);
}

void InboxArea::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

void InboxArea::reload()
{
    const quint64 generation = ++m_generation;
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    updateHeader();
    if (!db) {
        clear();
        return;
    }
    switch (m_identity->status()) {
    case SigningIdentity::Status::NoKey:
        showEmpty(tr("Choose the key file you sign with (Settings → Signing identity) to see "
                     "the requests awaiting your decision."),
                  true);
        return;
    case SigningIdentity::Status::NotRegistered:
        showEmpty(tr("Your signing certificate is not registered in this database, so nothing "
                     "here awaits you. Settings says how to register it."),
                  true);
        return;
    case SigningIdentity::Status::Failed:
        showEmpty(m_identity->failure(), false);
        return;
    case SigningIdentity::Status::NoDatabase:
    case SigningIdentity::Status::Resolving:
        return; // resolved() brings us back
    case SigningIdentity::Status::Registered:
        break;
    }
    const qint64 personId = *m_identity->personId();
    readInBackground<InboxSnapshot>(
        this, *db, [personId](Database &worker) { return readInbox(worker, personId); },
        [this, generation](InboxSnapshot snapshot) {
            if (generation == m_generation) {
                setSnapshot(std::move(snapshot));
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void InboxArea::clear()
{
    ++m_generation;
    m_snapshot = {};
    m_model->setItems({});
    showEmpty(tr("No database is open."), false);
    updateHeader();
}

void InboxArea::setSnapshot(InboxSnapshot snapshot)
{
    const qint64 selected = selectedRequestId();
    const bool firstLoad = m_model->rowCount() == 0;
    m_model->setItems(snapshot.items);
    m_snapshot = std::move(snapshot);
    if (m_snapshot.items.empty()) {
        showEmpty(tr("Nothing awaits your decision. Requests you may decide appear here as soon "
                     "as they are submitted."),
                  false);
    } else {
        m_stack->setCurrentWidget(m_content);
        if (firstLoad) {
            m_table->resizeColumnsToContents();
        }
        selectRequest(selected);
        if (selectedRequestId() == 0) {
            m_table->setCurrentIndex(m_sorted->index(0, 0));
        }
    }
    updateHeader();
    showSelected();
    Q_EMIT loaded();
}

void InboxArea::showEmpty(const QString &text, bool offerSettings)
{
    m_emptyText->setText(text);
    m_emptySettings->setVisible(offerSettings);
    m_stack->setCurrentWidget(m_emptyPage);
    m_decide->setEnabled(false);
}

void InboxArea::updateHeader()
{
    const std::optional<Person> &person = m_identity->person();
    m_who->setText(person ? tr("Requests awaiting %1").arg(person->name) : QString());
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 request") : tr("%1 requests").arg(count));
    m_count->setVisible(count > 0);
}

void InboxArea::showSelected()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    const InboxItem *item = m_model->itemAt(current.row());
    m_decide->setEnabled(item != nullptr && m_stack->currentWidget() == m_content);
    m_detail->setHtml(item ? inboxDetailHtml(*item, m_snapshot) : QString());
}

qint64 InboxArea::selectedRequestId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(InboxModel::RequestIdRole).toLongLong() : 0;
}

void InboxArea::selectRequest(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

SignDialog *InboxArea::decide()
{
    const InboxItem *item = m_model->itemAt(m_sorted->mapToSource(m_table->currentIndex()).row());
    if (!item) {
        return nullptr;
    }
    auto *dialog = new SignDialog(*item, m_identity->keyPath(), m_databaseSource, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignDialog::decided, this, [this](const DecisionOutcome &outcome) {
        reload();
        Q_EMIT decided(outcome);
    });
    dialog->open();
    return dialog;
}

} // namespace Quorum::Ui
