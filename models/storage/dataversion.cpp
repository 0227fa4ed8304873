// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataversion.h"

#include "query.h"

namespace Quorum {

qint64 dataVersion(const Database &db)
{
    return Query::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

} // namespace Quorum
