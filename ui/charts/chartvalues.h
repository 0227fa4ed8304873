// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftseries.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Quorum::Ui {

/// A drift statistic or p-value for people: "0.2610", "0.0012", "3.1e-05".
QString formatDriftValue(double value);
/// A rate 0–1 with three decimals, "—" when undefined.
QString formatRate(std::optional<double> rate);
/// A share 0–1 as a percentage with one decimal: "12.8 %".
QString formatShare(double share);
/// "10 Aug – 16 Aug 2026" for a window.
QString formatWindow(QDate start, QDate end);
/// Several lines on window @p point of @p series: its dates, the statistic (and p-value), the
/// threshold with its direction, and the status.
QString describeDriftWindow(const DriftSeries &series, const DriftPoint &point);

} // namespace Quorum::Ui
