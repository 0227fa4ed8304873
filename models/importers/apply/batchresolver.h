// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"

#include <QHash>
#include <QString>

namespace Quorum::Internal {

/// A plan together with what writing it needs: the ids of the records it refers to.
struct ResolvedPlan
{
    ImportPlan plan; ///< changes in batch order: models, versions, evaluations, drift, …
    QHash<QString, qint64> modelIds;   ///< modelLookupKey() → id, models in the database
    QHash<QString, qint64> versionIds; ///< versionLookupKey() → id, versions in the database
    QHash<QString, qint64> ownerIds;   ///< owner e-mail (lower case) → person id, new models
};

/// "fraud-detection": model names compare case-insensitively.
QString modelLookupKey(const QString &model);
/// "fraud-detection@2.1.0", the version number as parsed ("v2.1.0" is 2.1.0). Throws
/// ImportError(Target) naming @p file when the number is not MAJOR.MINOR.PATCH.
QString versionLookupKey(const VersionKey &key, const QString &file);

/// Compares @p batch with the database (reads only): planImport(), plus the ids. An item that
/// occurs twice in the batch is New once and Unchanged after that.
ResolvedPlan resolveImport(Database &db, const ImportBatch &batch);

} // namespace Quorum::Internal
