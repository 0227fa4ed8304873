// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportcontext.h"

#include <QString>

namespace Quorum::Cli {

/// The clock, locale and time zone of an export: ReportContext::system(), unless the
/// environment pins them (for reproducible output and tests):
/// - QUORUM_REPORT_NOW: the "generated at" time, ISO 8601 (UTC when it names no zone); the
///   locale then is C, so the same database and time always give the same bytes;
/// - QUORUM_REPORT_TZ: the IANA time zone dates and times are printed in, e.g. Europe/Berlin.
/// Throws UsageError naming the variable when its value cannot be used.
Reports::ReportContext reportContext();

/// The help paragraph that documents the two variables.
QString reportContextHelp();

} // namespace Quorum::Cli
