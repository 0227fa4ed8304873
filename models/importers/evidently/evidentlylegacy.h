// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/evidently/evidentlyreport.h"
#include "importers/source/sourcenode.h"

namespace Quorum::Internal {

/// Reads one entry of a legacy report's metrics list ({"metric": "DataDriftTable", "result":
/// {…}}) into @p report: DataDriftTable and ColumnDriftMetric add column drifts,
/// DatasetDriftMetric the share of drifted columns and the dataset verdict, anything else is
/// listed in ignoredMetrics. Returns whether the entry was a column drift metric. Throws
/// ImportError(Invalid) with the key path for a missing key or a value of the wrong type.
bool readLegacyMetric(const SourceNode &entry, EvidentlyReport &report);

/// One column's drift from a DataDriftTable's drift_by_columns member or a ColumnDriftMetric's
/// result; @p fallbackName names the column when column_name is absent.
EvidentlyColumnDrift readLegacyColumn(const SourceNode &column, const QString &fallbackName);

} // namespace Quorum::Internal
