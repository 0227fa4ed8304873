// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/evidently/evidentlyreport.h"
#include "importers/source/sourcenode.h"

namespace Quorum::Internal {

/// Reads one entry of an Evidently 0.7 snapshot's metrics list (Snapshot.json(): {"id": …,
/// "metric_id": "ValueDrift(column=age,method=K-S p_value,threshold=0.05)", "value": 0.01};
/// "metric_name" is accepted for "metric_id", and "config" or "params" objects supply
/// parameters the id leaves out) into @p report: ValueDrift adds a column drift whose verdict is
/// left to the direction, DriftedColumnsCount the share of drifted columns, anything else is
/// listed in ignoredMetrics. Returns whether the entry was a ValueDrift. Throws
/// ImportError(Invalid) with the key path for a missing key, a value of the wrong type or an id
/// that does not parse.
bool readSnapshotMetric(const SourceNode &entry, EvidentlyReport &report);

} // namespace Quorum::Internal
