// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttablemodel.h"

#include "domain/semanticversion.h"
#include "inbox/inboxdetailhtml.h"

namespace Quorum::Ui {

RequestTableModel::RequestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RequestTableModel::setSnapshot(const ApprovalsSnapshot *snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

int RequestTableModel::rowOf(qint64 requestId) const
{
    if (!m_snapshot) {
        return -1;
    }
    for (std::size_t i = 0; i < m_snapshot->requests.size(); ++i) {
        if (m_snapshot->requests[i].request.id == requestId) {
            return int(i);
        }
    }
    return -1;
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->requests.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= rowCount()) {
        return {};
    }
    const ApprovalRequest &row = m_snapshot->requests[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RequestIdRole:
        return row.request.id;
    case SortKeyRole:
        return sortKey(row, index.column());
    case Qt::ToolTipRole:
        return row.request.summary.isEmpty() ? QVariant() : QVariant(row.request.summary);
    default:
        return {};
    }
}

QVariant RequestTableModel::display(const ApprovalRequest &row, int column) const
{
    const ReleaseRequest &r = row.request;
    switch (column) {
    case VersionColumn:
        return row.version;
    case TransitionColumn:
        return tr("%1 → %2").arg(stageLabel(r.fromStage), stageLabel(r.toStage));
    case SubmittedByColumn:
        return m_snapshot->personName(r.submittedBy);
    case SubmittedColumn:
        return signatureTime(r.submittedAt);
    case StatusColumn:
        return requestStatusLabel(r.status);
    case PolicyColumn:
        return row.policy;
    case DecisionsColumn:
        return int(row.decisions.size());
    default:
        return {};
    }
}

QVariant RequestTableModel::sortKey(const ApprovalRequest &row, int column) const
{
    switch (column) {
    case VersionColumn: { // by number, not as text: 1.10.0 after 1.9.0
        const SemanticVersion v = SemanticVersion::parse(row.version).value_or(SemanticVersion{});
        return QStringLiteral("%1.%2.%3")
            .arg(v.major, 6, 10, QLatin1Char('0'))
            .arg(v.minor, 6, 10, QLatin1Char('0'))
            .arg(v.patch, 6, 10, QLatin1Char('0'));
    }
    case SubmittedColumn: // the id orders requests submitted within the same second
        return QStringLiteral("%1 %2")
            .arg(row.request.submittedAt.toMSecsSinceEpoch(), 16, 10, QLatin1Char('0'))
            .arg(row.request.id, 12, 10, QLatin1Char('0'));
    case DecisionsColumn:
        return int(row.decisions.size());
    default:
        return display(row, column);
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case TransitionColumn:
        return tr("Transition");
    case SubmittedByColumn:
        return tr("Submitted by");
    case SubmittedColumn:
        return tr("Submitted");
    case StatusColumn:
        return tr("Status");
    case PolicyColumn:
        return tr("Policy");
    case DecisionsColumn:
        return tr("Decisions");
    default:
        return {};
    }
}

} // namespace Quorum::Ui
