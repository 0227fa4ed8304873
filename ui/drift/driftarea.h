// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartarea.h"
#include "charts/driftseries.h"

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum::Ui {

class DriftChartView;
class DriftFeatureModel;
class DriftOverlayPanel;

/// The Drift area: for the chosen model version, every monitored feature with its newest
/// status and how often it drifted; the chosen feature's statistic over time against its
/// threshold, drift windows marked; and the reference-versus-current distributions of one
/// window, chosen by clicking the chart, from the list, or with Ctrl+Shift+Left/Right (Ctrl+L
/// goes to the features).
/// Observations are read and prepared for the chart (LTTB) on a worker thread.
class DriftArea final : public ChartArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftArea)

public:
    explicit DriftArea(QWidget *parent = nullptr);

    /// Shows @p feature's first statistic; false when the version has no such feature.
    bool selectFeature(const QString &feature);
    /// The series of the features of the version shown.
    const std::vector<DriftSeries> &series() const { return m_series; }

protected:
    void loadVersion(qint64 versionId) override;
    void showEmpty(const QString &message) override;

private:
    QWidget *createBody();
    void createTable();
    void createActions();
    void setSeries(std::vector<DriftSeries> series);
    void showFeatureRow(int sourceRow);
    int preferredRow() const;

    std::vector<DriftSeries> m_series;
    const DriftSeries *m_shown = nullptr; ///< the series in the chart, one of m_series
    QString m_feature;                    ///< the feature shown, kept across versions and refreshes
    DriftFeatureModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table = nullptr;
    DriftChartView *m_chart = nullptr;
    QLabel *m_caption = nullptr;
    DriftOverlayPanel *m_overlay = nullptr;
};

} // namespace Quorum::Ui
