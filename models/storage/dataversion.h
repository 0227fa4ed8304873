// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Quorum {

class Database;

/// SQLite's PRAGMA data_version on @p db's connection: it changes when another connection (this
/// program's workers, another reviewer on a shared file, a pipeline's quorumctl) commits a
/// change to the file, and stays the same for this connection's own writes. Cheap enough to
/// poll every second or two. Throws DatabaseError.
qint64 dataVersion(const Database &db);

} // namespace Quorum
