// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftfeaturesummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum::Ui {

/// The drift overview of one version: a row per feature and statistic with its newest status
/// (coloured) and value, the worst status of the period with the number of drift windows, the
/// last drift window, the threshold and the statistic.
class DriftFeatureModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftFeatureModel)

public:
    enum Column {
        FeatureColumn,
        StatusColumn,
        LatestColumn,
        PeriodColumn,
        LastDriftColumn,
        ThresholdColumn,
        StatisticColumn,
        ColumnCount,
    };

    enum Role {
        SeriesIndexRole = Qt::UserRole + 1, ///< int: the row's index in the series given
        SortRole,                           ///< what the column sorts by
    };

    explicit DriftFeatureModel(QObject *parent = nullptr);

    /// One row per summary, in the order given.
    void setSummaries(std::vector<DriftFeatureSummary> summaries);
    const DriftFeatureSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DriftFeatureSummary &s, int column) const;
    QVariant sortKey(const DriftFeatureSummary &s, int column) const;
    QVariant toolTip(const DriftFeatureSummary &s, int column) const;

    std::vector<DriftFeatureSummary> m_rows;
};

} // namespace Quorum::Ui
