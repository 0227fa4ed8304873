// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Quorum {

namespace {

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QStringLiteral("—");
}

} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InboxModel::setItems(std::vector<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const InboxItem *InboxModel::itemAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_items[static_cast<std::size_t>(row)];
}

int InboxModel::rowOf(qint64 requestId) const
{
    const auto found = std::find_if(m_items.begin(), m_items.end(), [requestId](const auto &item) {
        return item.situation.request.id == requestId;
    });
    return found == m_items.end() ? -1 : static_cast<int>(found - m_items.begin());
}

QString InboxModel::quorumProgress(const Tally &tally, Wording wording)
{
    QStringList parts;
    for (const RequirementProgress &line : tally.progress) {
        const ApprovalRequirement &r = line.requirement;
        const QString name = wording == Wording::Short ? roleKey(r.role)
            : r.label.isEmpty()                        ? roleLabel(r.role)
                                                       : r.label;
        parts << tr("%1 of %2 %3").arg(line.approvals()).arg(r.count).arg(name);
    }
    return parts.isEmpty() ? tr("No approvals required") : parts.join(QStringLiteral(" · "));
}

int InboxModel::failedChecks(const ReleaseRequest &request)
{
    return static_cast<int>(std::count_if(request.checks.begin(), request.checks.end(),
                                          [](const ThresholdCheck &c) { return !c.passed; }));
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InboxItem &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn) {
            return item.situation.request.summary;
        }
        if (index.column() == QuorumColumn) {
            return quorumProgress(item.tally, Wording::Long);
        }
        return display(item, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == FailedChecksColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RequestIdRole:
        return item.situation.request.id;
    case TierRole:
        return tierNumber(item.situation.model.tier);
    case FailedChecksRole:
        return failedChecks(item.situation.request);
    case SortKeyRole:
        return sortKey(item, index.column());
    default:
        return {};
    }
}

QVariant InboxModel::display(const InboxItem &item, int column) const
{
    const DecisionSituation &s = item.situation;
    switch (column) {
    case ModelColumn:
        return s.model.displayName.isEmpty() ? s.model.name : s.model.displayName;
    case VersionColumn:
        return s.version.version.toString();
    case TierColumn:
        return riskTierLabel(s.model.tier);
    case TransitionColumn:
        return tr("%1 → %2").arg(stageLabel(s.request.fromStage), stageLabel(s.request.toStage));
    case SubmittedByColumn:
        return s.submitter.name;
    case SubmittedColumn:
        return shortDate(s.request.submittedAt);
    case ExpiresColumn:
        return shortDate(s.request.expiresAt);
    case FailedChecksColumn:
        return failedChecks(s.request);
    case QuorumColumn:
        return quorumProgress(item.tally, Wording::Short);
    default:
        return {};
    }
}

QVariant InboxModel::sortKey(const InboxItem &item, int column) const
{
    const DecisionSituation &s = item.situation;
    switch (column) {
    case TierColumn:
        return tierNumber(s.model.tier);
    case TransitionColumn:
        return static_cast<int>(s.request.toStage) * 100 + static_cast<int>(s.request.fromStage);
    case SubmittedColumn:
        return s.request.submittedAt;
    case ExpiresColumn:
        return s.request.expiresAt;
    case FailedChecksColumn:
        return failedChecks(s.request);
    default:
        return display(item, column).toString().toLower();
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case VersionColumn:
        return tr("Version");
    case TierColumn:
        return tr("Risk tier");
    case TransitionColumn:
        return tr("Stage change");
    case SubmittedByColumn:
        return tr("Submitted by");
    case SubmittedColumn:
        return tr("Submitted");
    case ExpiresColumn:
        return tr("Expires");
    case FailedChecksColumn:
        return tr("Failed checks");
    case QuorumColumn:
        return tr("Quorum");
    default:
        return {};
    }
}

} // namespace Quorum
