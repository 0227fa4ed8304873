// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcode.h"

#include <QString>

/// 'quorumctl verify PACK.zip': an audit pack checked offline, without any database.
namespace Quorum::Cli::PackVerify {

/// Whether @p path names an audit pack rather than a database: its name ends in .zip (any
/// case), or the file starts with the ZIP signature "PK\3\4".
bool isPack(const QString &path);

/// Verifies the pack at @p path (Reports::verifyAuditPack) and prints the result: with
/// @p json one JSON document, else one line per check group, "FAIL <file>: <reason>" for
/// every problem and a result line. Returns Success when the pack holds, Failed when a
/// problem was found (an unsafe entry name included), Database when the file is missing or
/// cannot be read, BadInput when it is not a ZIP archive at all.
ExitCode verify(const QString &path, bool json);

} // namespace Quorum::Cli::PackVerify
