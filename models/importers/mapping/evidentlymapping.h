// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "importers/evidently/evidentlyreport.h"

#include <QDate>

namespace Quorum {

/// The window an Evidently report's current data covers. Default (both invalid): the
/// report's timestamp date as start and end, else today (UTC).
struct DriftWindowDates
{
    QDate start;
    QDate end;
};

/// Each column drift → a drift observation of @p key: statistic key, value = the score
/// (for p-value tests the p-value, stored as value and p_value), the report's threshold,
/// status drift/stable by Evidently's verdict (or the direction when it gave none), bins when
/// present; source "evidently:<file>#<key path>". Unknown stattests are warnings.
ImportBatch mapEvidentlyReport(const EvidentlyReport &report, const VersionKey &key,
                               const DriftWindowDates &window, const QString &source);

} // namespace Quorum
