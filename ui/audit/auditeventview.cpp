// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditeventview.h"

#include "itemmodels/auditeventmodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Quorum::Ui {

namespace {

QString prettyJson(const QString &json)
{
    if (json.isEmpty()) {
        return AuditEventView::tr("(none)");
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString eventText(const AuditEvent &e)
{
    const QString entity
        = e.entityId ? QStringLiteral("%1 #%2").arg(e.entity).arg(*e.entityId) : e.entity;
    const QString actor = e.personId
        ? AuditEventView::tr("%1 (person #%2)").arg(e.actor).arg(*e.personId)
        : e.actor;
    return AuditEventView::tr("Event %1 · %2 %3\nTime: %4\nActor: %5\nPrevious hash: %6\n"
                              "Hash: %7\n\nBefore:\n%8\n\nAfter:\n%9")
        .arg(QString::number(e.seq), e.action, entity, AuditEventModel::timeText(e.occurredAt),
             actor, e.prevHash, e.hash, prettyJson(e.beforeJson), prettyJson(e.afterJson));
}

} // namespace

AuditEventView::AuditEventView(AuditEventModel *events, QSortFilterProxyModel *filter,
                               QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_events(events)
    , m_filter(filter)
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_filter);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AuditEventModel::SeqColumn, em * 5);
    m_table->setColumnWidth(AuditEventModel::TimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 UTC"))
                                + em * 2);
    m_table->setColumnWidth(AuditEventModel::ActorColumn, em * 11);
    m_table->setColumnWidth(AuditEventModel::ActionColumn, em * 5);
    m_table->setColumnWidth(AuditEventModel::EntityColumn,
                            metrics.horizontalAdvance(QStringLiteral("drift_observations")) + em);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditEventView::showSelected);
    // A filter that hides the selected row leaves the details of nothing.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditEventView::showSelected);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("The selected event before and after"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see the row before and after it."));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setChildrenCollapsible(false);
}

qint64 AuditEventView::selectedSeq() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AuditEventModel::SeqRole).toLongLong() : 0;
}

void AuditEventView::select(const QModelIndex &filterIndex)
{
    m_table->setCurrentIndex(filterIndex);
    m_table->scrollTo(filterIndex, QAbstractItemView::PositionAtCenter);
}

void AuditEventView::selectFirstIfNone()
{
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, 0));
    }
}

void AuditEventView::showSelected()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const AuditEvent *event = m_events->eventAt(current.row());
    m_details->setPlainText(event ? eventText(*event) : QString());
}

} // namespace Quorum::Ui
