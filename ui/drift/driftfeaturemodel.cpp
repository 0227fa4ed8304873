// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftfeaturemodel.h"

#include "charts/chartstyle.h"
#include "charts/chartvalues.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Quorum::Ui {

DriftFeatureModel::DriftFeatureModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DriftFeatureModel::setSummaries(std::vector<DriftFeatureSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

const DriftFeatureSummary *DriftFeatureModel::summaryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int DriftFeatureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DriftFeatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftFeatureModel::data(const QModelIndex &index, int role) const
{
    const DriftFeatureSummary *s = summaryAt(index.row());
    if (!s || index.column() >= ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*s, index.column());
    case Qt::ToolTipRole:
        return toolTip(*s, index.column());
    case SortRole:
        return sortKey(*s, index.column());
    case SeriesIndexRole:
        return index.row();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            return driftStatusColor(s->latestStatus, QGuiApplication::palette());
        }
        if (index.column() == PeriodColumn) {
            return driftStatusColor(s->worstStatus, QGuiApplication::palette());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatestColumn || index.column() == ThresholdColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant DriftFeatureModel::display(const DriftFeatureSummary &s, int column) const
{
    switch (column) {
    case FeatureColumn:
        return s.feature;
    case StatisticColumn:
        return s.quantity == DriftQuantity::PValue
            ? tr("%1 (p-value)").arg(driftStatisticName(s.statistic))
            : driftStatisticName(s.statistic);
    case LatestColumn:
        return formatDriftValue(s.latest);
    case StatusColumn:
        return driftStatusLabel(s.latestStatus);
    case ThresholdColumn:
        if (!s.threshold) {
            return tr("—");
        }
        return s.side == ThresholdSide::Below ? tr("< %1").arg(formatDriftValue(*s.threshold))
                                              : tr("≥ %1").arg(formatDriftValue(*s.threshold));
    case PeriodColumn:
        if (s.driftWindows > 0) {
            return tr("Drift in %1 of %2").arg(s.driftWindows).arg(s.windows);
        }
        if (s.warningWindows > 0) {
            return tr("Warning in %1 of %2").arg(s.warningWindows).arg(s.windows);
        }
        return tr("Stable in all %1").arg(s.windows);
    case LastDriftColumn:
        return s.lastDriftWindowEnd.isValid()
            ? QLocale().toString(s.lastDriftWindowEnd, QStringLiteral("d MMM yyyy"))
            : QString();
    default:
        return {};
    }
}

QVariant DriftFeatureModel::sortKey(const DriftFeatureSummary &s, int column) const
{
    switch (column) {
    case LatestColumn:
        return s.latest;
    case StatusColumn:
        return driftSeverity(s.latestStatus);
    case ThresholdColumn:
        return s.threshold.value_or(0.0);
    case PeriodColumn:
        return driftSeverity(s.worstStatus) * 100000 + s.driftWindows * 100 + s.warningWindows;
    case LastDriftColumn:
        return s.lastDriftWindowEnd;
    default:
        return display(s, column);
    }
}

QVariant DriftFeatureModel::toolTip(const DriftFeatureSummary &s, int column) const
{
    if (column == FeatureColumn) {
        return s.feature;
    }
    if (column == StatusColumn || column == LatestColumn) {
        return tr("Newest window ends %1")
            .arg(QLocale().toString(s.latestWindowEnd, QStringLiteral("d MMM yyyy")));
    }
    if (column == PeriodColumn) {
        return tr("%1 windows: %2 drift, %3 warning")
            .arg(s.windows)
            .arg(s.driftWindows)
            .arg(s.warningWindows);
    }
    return {};
}

QVariant DriftFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case StatisticColumn:
        return tr("Statistic");
    case LatestColumn:
        return tr("Latest");
    case StatusColumn:
        return tr("Status");
    case ThresholdColumn:
        return tr("Threshold");
    case PeriodColumn:
        return tr("Period");
    case LastDriftColumn:
        return tr("Last drift");
    default:
        return {};
    }
}

} // namespace Quorum::Ui
