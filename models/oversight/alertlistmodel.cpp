// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlistmodel.h"

#include "alerttext.h"

#include <QLocale>

namespace Quorum {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlertListModel::setAlerts(std::vector<Alert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

const Alert *AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_alerts[std::size_t(row)] : nullptr;
}

int AlertListModel::rowOf(qint64 alertId) const
{
    for (std::size_t i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id == alertId) {
            return int(i);
        }
    }
    return -1;
}

bool AlertListModel::updateAlert(const Alert &alert)
{
    const int row = rowOf(alert.id);
    if (row < 0) {
        return false;
    }
    m_alerts[std::size_t(row)] = alert;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    const Alert *alert = index.isValid() ? alertAt(index.row()) : nullptr;
    if (!alert) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*alert, index.column());
    case Qt::ToolTipRole:
        return toolTip(*alert, index.column());
    case AlertIdRole:
        return alert->id;
    case ModelIdRole:
        return alert->modelId;
    case SeverityRole:
        return int(alert->severity());
    case StatusRole:
        return int(alert->status);
    case SortKeyRole:
        return sortKey(*alert, index.column());
    default:
        break;
    }
    return {};
}

QVariant AlertListModel::display(const Alert &alert, int column) const
{
    switch (column) {
    case SeverityColumn:
        return alertSeverityLabel(alert.severity());
    case ModelColumn:
        return alert.modelDisplayName.isEmpty() ? alert.modelName : alert.modelDisplayName;
    case VersionColumn:
        return alert.version.toString();
    case TriggerColumn:
        return tr("%1 · %2").arg(alertTriggerLabel(alert.trigger), alert.feature);
    case MeasureColumn:
        return alertMeasureText(alert);
    case WindowColumn:
        return alertWindowText(alert);
    case RaisedColumn:
        return localTime(alert.raisedAt);
    case StatusColumn:
        return alert.isActive() ? alertStatusLabel(alert.status)
                                : tr("Acknowledged by %1").arg(alert.acknowledgedByName);
    default:
        break;
    }
    return {};
}

QVariant AlertListModel::sortKey(const Alert &alert, int column) const
{
    switch (column) {
    case SeverityColumn:
        // Critical before warning, then how far past the threshold.
        return int(alert.severity()) * 1000.0
            + (alert.threshold > 0.0 ? alert.measured / alert.threshold : 0.0);
    case MeasureColumn:
        return alert.threshold > 0.0 ? alert.measured / alert.threshold : alert.measured;
    case WindowColumn:
        return isoTime(alert.windowEnd);
    case RaisedColumn:
        return isoTime(alert.raisedAt);
    case VersionColumn:
        return QStringLiteral("%1.%2.%3")
            .arg(alert.version.major, 6, 10, QLatin1Char('0'))
            .arg(alert.version.minor, 6, 10, QLatin1Char('0'))
            .arg(alert.version.patch, 6, 10, QLatin1Char('0'));
    default:
        break;
    }
    return display(alert, column).toString().toLower();
}

QVariant AlertListModel::toolTip(const Alert &alert, int column) const
{
    if (column == StatusColumn && !alert.isActive()) {
        return tr("Acknowledged by %1 on %2: %3")
            .arg(alert.acknowledgedByName, localTime(alert.acknowledgedAt), alert.comment);
    }
    if (column == ModelColumn) {
        return tr("%1 (%2), %3")
            .arg(alert.modelDisplayName, alert.modelName, riskTierLabel(alert.tier));
    }
    return alertSentence(alert);
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ModelColumn:
        return tr("Model");
    case VersionColumn:
        return tr("Version");
    case TriggerColumn:
        return tr("Trigger");
    case MeasureColumn:
        return tr("Observed vs threshold");
    case WindowColumn:
        return tr("Window");
    case RaisedColumn:
        return tr("Raised");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

} // namespace Quorum
