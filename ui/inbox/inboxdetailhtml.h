// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {
struct InboxItem;
struct ThresholdCheck;
} // namespace Quorum

namespace Quorum::Ui {

struct InboxSnapshot;

/// The detail of one inbox request as HTML for a QTextBrowser: the request, why approval is
/// blocked (if it is), the threshold checks, the metric deltas against production, the QA
/// tester's checks and the earlier decisions with their signature manifestations (21 CFR 11.50:
/// printed name, date and time with zone, meaning).
QString inboxDetailHtml(const InboxItem &item, const InboxSnapshot &snapshot);

/// A time as signatures show it: UTC, to the second, e.g. "2026-11-16 09:12:44 UTC".
QString signatureTime(const QDateTime &time);
/// A check's requirement, e.g. "≥ 0.80".
QString checkRequirement(const ThresholdCheck &check);
/// A metric value with four decimals, or "—".
QString metricValue(std::optional<double> value);

} // namespace Quorum::Ui
