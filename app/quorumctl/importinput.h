// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importers/apply/importrequest.h"

#include <QCommandLineOption>
#include <QList>

namespace Quorum {
class Database;
} // namespace Quorum

/// What 'quorumctl import KIND SOURCE' reads from its command line.
namespace Quorum::Cli {

class Invocation;

namespace ImportInput {

/// Every option of 'import', of all kinds; request() refuses those that do not go with the
/// kind given.
QList<QCommandLineOption> options();

/// The request the command line asks for: KIND and SOURCE, the target version, the MLflow
/// and Evidently options, and --force as lifted size limits. Throws UsageError for an
/// unknown kind, an option that does not go with it, a missing --model or --version, a
/// malformed version, tier or date, or a window that ends before it starts. Does not touch
/// the source or the database: the importer reports what is wrong with them.
ImportRequest request(const Invocation &invocation);

/// Whether --dry-run was given.
bool dryRun(const Invocation &invocation);

/// Who imports: the person --as names (GovernanceError NotFound when the database has
/// nobody with that address), else the program "quorumctl import".
Actor actor(Database &db, const Invocation &invocation);

} // namespace ImportInput
} // namespace Quorum::Cli
