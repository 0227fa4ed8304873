// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "domain/model.h"
#include "domain/modelversion.h"
#include "domain/person.h"
#include "domain/releaserequest.h"

#include <QString>

namespace Quorum {
class Database;
} // namespace Quorum

/// What the governance commands (register, submit, decide, status…) read from their command
/// lines. Malformed input throws UsageError (exit 2); a person, model, version or request the
/// database does not hold throws GovernanceError NotFound (exit 1).
namespace Quorum::Cli::GovernanceInput {

/// The value of --@p option; throws UsageError when it is missing or blank.
QString required(const Invocation &invocation, const QString &option);
/// A request id as typed: "12" or "#12".
qint64 requestId(const QString &text);
/// The positional argument REQUEST of @p invocation (its first).
qint64 requestArgument(const Invocation &invocation);

Person personByEmail(Database &db, const QString &email);
Model modelByName(Database &db, const QString &name);
ModelVersion version(Database &db, const Model &model, const QString &versionText);
ReleaseRequest request(Database &db, qint64 requestId);

/// "Name <email>".
QString personLabel(const Person &person);

/// The exit codes every governance command shares, for its --help: 1 with @p notFound,
/// 5 (refused by the policy or segregation of duties).
QList<ExitCodeMeaning> exitCodes(const QString &notFound);

} // namespace Quorum::Cli::GovernanceInput
