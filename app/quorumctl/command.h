// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace Quorum::Cli {

class Invocation;

/// A positional argument of a command, e.g. MODEL of 'show'.
struct Argument
{
    QString name;
    QString description;
};

/// One quorumctl command. The dispatcher adds the options every command has (--db, --json,
/// --verbose, --help), parses, checks the positional arguments against arguments() and maps
/// UsageError and DatabaseError to exit codes; run() does the work.
class Command
{
public:
    virtual ~Command() = default;

    /// The word typed on the command line, e.g. "models".
    virtual QString name() const = 0;
    /// One line for the command list of 'quorumctl --help'.
    virtual QString summary() const = 0;
    /// The paragraph of 'quorumctl NAME --help'.
    virtual QString description() const { return summary(); }
    /// The options only this command has.
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// The positional arguments, all required.
    virtual QList<Argument> arguments() const { return {}; }
    /// What exit code 1 means for this command; empty when it never returns it.
    virtual QString failureMeaning() const { return {}; }

    /// Runs the command. Throws UsageError or DatabaseError.
    virtual ExitCode run(const Invocation &invocation) = 0;
};

} // namespace Quorum::Cli
