// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <QString>

namespace Quorum {

/// What crossed which threshold, translated, for tables and the command line:
///  - drift: "PSI 0.120 > 0.100"
///  - decay: "1.20 pp decay > 1.00 pp (0.900 → 0.888)"
///  - missing values: "0.70 pp increase > 0.50 pp (0.002 → 0.009)"
///  - calibration: "Brier +0.012 > 0.010 (0.080 → 0.092)"
QString alertMeasureText(const Alert &alert);

/// The alert's window as UTC dates: "2026-11-09 – 2026-11-15", or the end alone.
QString alertWindowText(const Alert &alert);

/// One sentence for a dialog or a log: "Data drift on income of churn 1.0.0: PSI 0.140 >
/// 0.100 in the window 2026-11-09 – 2026-11-15."
QString alertSentence(const Alert &alert);

} // namespace Quorum
