// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Quorum::Cli {

/// Finds the command in a command line, parses its options and runs it, turning usage and
/// database errors into messages on stderr and the documented exit codes.
class Dispatcher
{
public:
    /// Registers every command, in the order 'quorumctl --help' lists them.
    Dispatcher();

    /// Runs @p arguments (the program name first, as QCoreApplication::arguments() gives it).
    ExitCode run(const QStringList &arguments);

private:
    ExitCode runWithoutCommand(const QStringList &arguments);
    ExitCode runCommand(Command &command, const QStringList &arguments);
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Quorum::Cli
