// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

#include <optional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Cli {

/// Waits for release request @p requestId to close: polls it about once a second, expiring
/// due requests each time (ReleaseService::expireDue()) so that an expired request ends the
/// wait too. Reports progress on stderr when the tally changes. Returns the closed request, or
/// nullopt when @p timeoutSeconds passed first (no timeout: waits as long as it takes).
std::optional<ReleaseRequest> waitForDecision(Database &db, qint64 requestId,
                                              std::optional<double> timeoutSeconds);

} // namespace Quorum::Cli
