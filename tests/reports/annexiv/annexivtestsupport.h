// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence/versionevidence.h"

#include <QString>

namespace Quorum::Test {

/// Runs @p sql (one statement) on the database file @p path through Quorum's connection;
/// fails the test when it does not run.
void execSql(const QString &path, const QString &sql);

/// The integer the single-row, single-column query @p sql gives on @p db.
qint64 countOf(Database &db, const QString &sql, qint64 bound);

/// The evidence of @p model @p version of the database file @p path.
Reports::VersionEvidence evidenceOf(const QString &path, const QString &model,
                                    const QString &version);

/// The evidence of @p model @p version of the shared demo database.
Reports::VersionEvidence demoEvidence(const QString &model, const QString &version);

} // namespace Quorum::Test
