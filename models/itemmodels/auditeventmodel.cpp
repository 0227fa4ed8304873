// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditeventmodel.h"

#include <QStringList>

#include <algorithm>

namespace Quorum {

AuditEventModel::AuditEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditEventModel::reset(qint64 headSeq)
{
    beginResetModel();
    m_events.clear();
    m_headSeq = std::max<qint64>(headSeq, 0);
    m_below = m_headSeq + 1;
    m_asked = 0;
    m_fetching = false;
    endResetModel();
}

void AuditEventModel::request(qint64 fromSeq)
{
    m_fetching = true;
    m_asked = std::max<qint64>(fromSeq, 1);
    Q_EMIT fetchRequested(m_asked, m_below - 1);
}

bool AuditEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !isComplete();
}

void AuditEventModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        request(m_below - kBatchSize);
    }
}

void AuditEventModel::fetchThrough(qint64 seq)
{
    if (!m_fetching && !isComplete() && seq < m_below) {
        request(std::min(seq, m_below - kBatchSize));
    }
}

void AuditEventModel::addBatch(qint64 fromSeq, qint64 toSeq, std::vector<AuditEvent> events)
{
    if (!m_fetching || fromSeq != m_asked || toSeq != m_below - 1) {
        return; // not the batch on its way (the trail was reset meanwhile)
    }
    std::erase_if(
        events, [fromSeq, toSeq](const AuditEvent &e) { return e.seq < fromSeq || e.seq > toSeq; });
    std::sort(events.begin(), events.end(),
              [](const AuditEvent &a, const AuditEvent &b) { return a.seq > b.seq; });
    m_fetching = false;
    m_below = fromSeq;
    if (events.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(events.size()) - 1);
    std::move(events.begin(), events.end(), std::back_inserter(m_events));
    endInsertRows();
}

void AuditEventModel::batchFailed()
{
    m_fetching = false;
}

const AuditEvent *AuditEventModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_events[static_cast<std::size_t>(row)];
}

int AuditEventModel::rowOfSeq(qint64 seq) const
{
    const auto found = std::lower_bound(m_events.begin(), m_events.end(), seq,
                                        [](const AuditEvent &e, qint64 s) { return e.seq > s; });
    return found != m_events.end() && found->seq == seq ? static_cast<int>(found - m_events.begin())
                                                        : -1;
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::timeText(const QDateTime &time)
{
    return time.isValid()
        ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : QStringLiteral("—");
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEvent &event = m_events[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(event, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn || index.column() == EntityIdColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SeqRole:
        return event.seq;
    case EntityRole:
        return event.entity;
    case SearchTextRole:
        return QStringList{QString::number(event.seq), event.actor, event.action, event.entity,
                           event.entityId ? QString::number(*event.entityId) : QString()}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant AuditEventModel::display(const AuditEvent &event, int column) const
{
    switch (column) {
    case SeqColumn:
        return event.seq;
    case TimeColumn:
        return timeText(event.occurredAt);
    case ActorColumn:
        return event.actor;
    case ActionColumn:
        return event.action;
    case EntityColumn:
        return event.entity;
    case EntityIdColumn:
        return event.entityId ? QVariant(*event.entityId) : QVariant(QStringLiteral("—"));
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Entity id");
    default:
        return {};
    }
}

} // namespace Quorum
