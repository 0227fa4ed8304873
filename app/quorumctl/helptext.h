// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace Quorum::Cli {

class Command;

/// The text of 'quorumctl --help': usage, commands, common options, exit codes.
QString mainHelp(const std::vector<std::unique_ptr<Command>> &commands);
/// The text of 'quorumctl NAME --help'.
QString commandHelp(const Command &command);
/// "Usage: quorumctl [--db FILE] NAME [options] ARGS…" for @p command.
QString usageLine(const Command &command);
/// The two lines printed under a usage error: the usage and where to find more.
QString usageHint(const Command &command);
/// The same for a usage error before any command was recognised.
QString mainUsageHint();

} // namespace Quorum::Cli
