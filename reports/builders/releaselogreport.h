// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum {
class Database;
}

namespace Quorum::Reports {

/// model_release_log.md regenerated from the database: the release SOP's table with one row
/// per decided release request (model, version, artifact path, checksum, URL, decision, date,
/// request), oldest first, in the same format governance/releaselog appends to. Only reads.
QByteArray buildReleaseLog(Database &db);

} // namespace Quorum::Reports
