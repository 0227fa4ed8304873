// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum {

/// Monitoring alerts as a table, one row per alert. It holds the rows handed to it and runs
/// no SQL, so a worker thread can read them (AlertRepository) and the model can be tested
/// without a database.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Column {
        SeverityColumn,
        ModelColumn,
        VersionColumn,
        TriggerColumn,
        MeasureColumn, ///< observed vs threshold
        WindowColumn,
        RaisedColumn,
        StatusColumn,
        ColumnCount,
    };

    enum Role {
        AlertIdRole = Qt::UserRole + 1, ///< qint64
        ModelIdRole,                    ///< qint64
        SeverityRole,                   ///< int: AlertSeverity
        StatusRole,                     ///< int: AlertStatus
        SortKeyRole,                    ///< raw value for sorting (numbers, ISO dates)
    };

    explicit AlertListModel(QObject *parent = nullptr);

    /// Replaces every row (a reset).
    void setAlerts(std::vector<Alert> alerts);
    const std::vector<Alert> &alerts() const { return m_alerts; }
    const Alert *alertAt(int row) const;
    /// The row of alert @p alertId, or -1.
    int rowOf(qint64 alertId) const;
    /// Replaces the alert with the same id (e.g. once acknowledged); false when not listed.
    bool updateAlert(const Alert &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Alert &alert, int column) const;
    QVariant sortKey(const Alert &alert, int column) const;
    QVariant toolTip(const Alert &alert, int column) const;

    std::vector<Alert> m_alerts;
};

} // namespace Quorum
