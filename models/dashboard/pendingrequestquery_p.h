// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendingrequests.h"

#include <QString>

namespace Quorum {

class Query;

namespace Internal {

/// The columns pendingRequestFrom() reads, for "SELECT <columns>[, more] <pendingRequestFrom>".
QString pendingRequestColumns();
/// "FROM release_requests r JOIN …": r, v (version), m (model), p (submitter).
QString pendingRequestJoins();
/// The row at the query's current position (its first columns are pendingRequestColumns()).
PendingRequestRow pendingRequestRow(const Query &query);
/// The number of columns pendingRequestColumns() selects.
inline constexpr int kPendingRequestColumnCount = 11;

} // namespace Internal
} // namespace Quorum
