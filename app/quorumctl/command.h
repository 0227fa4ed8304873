// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum::Cli {

class Invocation;

/// A positional argument of a command, e.g. MODEL of 'show'.
struct Argument
{
    QString name;
    QString description;
};

/// What an exit code means for one command, for its --help.
struct ExitCodeMeaning
{
    ExitCode code;
    QString meaning;
};

/// One quorumctl command. The dispatcher adds the options every command has (--db, --json,
/// --verbose, --help), parses, checks the positional arguments against arguments() and maps
/// UsageError, GovernanceError, DatabaseError, CryptoError and Reports::ReportError to exit
/// codes; run() does the work.
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
    /// The positional arguments; the first requiredArguments() of them are required.
    virtual QList<Argument> arguments() const { return {}; }
    /// How many of arguments() must be given; the rest may be left out. All by default.
    virtual qsizetype requiredArguments() const { return arguments().size(); }
    /// What exit code 1 means for this command; empty when it never returns it.
    virtual QString failureMeaning() const { return {}; }
    /// Exit codes whose meaning for this command replaces or adds to the general one (2 usage
    /// error, 3 database error) in its --help.
    virtual QList<ExitCodeMeaning> exitCodeMeanings() const { return {}; }
    /// The command lines of its --help and usage errors, each after "quorumctl "; empty for
    /// the one made of the name, "[options]" and the arguments.
    virtual QStringList synopses() const { return {}; }
    /// False for a command that never opens a governance database: its help leaves --db out.
    virtual bool usesDatabase() const { return true; }

    /// Runs the command. Throws UsageError, GovernanceError, DatabaseError, CryptoError or
    /// Reports::ReportError.
    virtual ExitCode run(const Invocation &invocation) = 0;
};

} // namespace Quorum::Cli
