// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "commands.h"
#include "console.h"
#include "crypto/cryptoerror.h"
#include "document/reporterror.h"
#include "governance/governanceerror.h"
#include "helptext.h"
#include "invocation.h"
#include "stats/statserror.h"
#include "storage/database.h"
#include "storage/databaseerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::Dispatcher", text);
}

/// The index of the command name: the first argument that is neither an option nor the value
/// of --db (the only option that takes a value before the command); -1 when there is none.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
        } else if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            return i;
        }
    }
    return -1;
}

void reportDatabaseError(const DatabaseError &error, bool verbose)
{
    Console::error(error.message());
    if (error.detail().isEmpty()) {
        return;
    }
    if (verbose) {
        Console::err(tr("Details:") + QLatin1Char('\n') + error.detail() + QLatin1Char('\n'));
    } else {
        Console::err(tr("(Run again with --verbose for SQLite's details.)") + QLatin1Char('\n'));
    }
}

/// A key or certificate the user named that cannot be used is their input (2); a file that
/// cannot be read or written is an I/O error (3, like the database's); the rest means the
/// cryptography library is missing or failed (70).
ExitCode reportCryptoError(const CryptoError &error, bool verbose)
{
    Console::error(error.message());
    if (verbose && !error.detail().isEmpty()) {
        Console::err(tr("Details:") + QLatin1Char('\n') + error.detail() + QLatin1Char('\n'));
    }
    switch (error.kind()) {
    case CryptoErrorKind::WrongPassphrase:
    case CryptoErrorKind::BadFile:
    case CryptoErrorKind::InvalidInput:
        return ExitCode::Usage;
    case CryptoErrorKind::Io:
        return ExitCode::Database;
    case CryptoErrorKind::Unavailable:
    case CryptoErrorKind::SigningFailed:
    case CryptoErrorKind::KeyGenerationFailed:
        break;
    }
    return ExitCode::Internal;
}

/// Something the database does not hold is a failure (1), malformed input a usage error (2),
/// and what the policy or segregation of duties forbids a refusal (5).
ExitCode reportGovernanceError(const GovernanceError &error, const Command &command)
{
    Console::error(command.name() + QStringLiteral(": ") + error.message());
    switch (error.kind()) {
    case GovernanceErrorKind::NotFound:
        return ExitCode::Failed;
    case GovernanceErrorKind::InvalidInput:
        Console::err(usageHint(command));
        return ExitCode::Usage;
    case GovernanceErrorKind::NotAllowed:
    case GovernanceErrorKind::WrongState:
        break;
    }
    return ExitCode::Refused;
}

/// A model or version that does not exist is a failure (1), an unknown format or impossible
/// scope a usage error (2), a file that cannot be written or a key that cannot sign an I/O
/// error (3), and a file that is not an audit pack bad input (6).
ExitCode reportReportError(const Reports::ReportError &error, const Command &command)
{
    Console::error(command.name() + QStringLiteral(": ") + error.message());
    switch (error.kind()) {
    case Reports::ReportError::Kind::NotFound:
    case Reports::ReportError::Kind::Cancelled:
        return ExitCode::Failed;
    case Reports::ReportError::Kind::Usage:
        Console::err(usageHint(command));
        return ExitCode::Usage;
    case Reports::ReportError::Kind::Io:
    case Reports::ReportError::Kind::Signing:
        return ExitCode::Database;
    case Reports::ReportError::Kind::BadPack:
        return ExitCode::BadInput;
    }
    return ExitCode::Internal;
}

} // namespace

Dispatcher::Dispatcher()
{
    m_commands.push_back(makeInitCommand());
    m_commands.push_back(makeDemoCommand());
    m_commands.push_back(makeModelsCommand());
    m_commands.push_back(makeShowCommand());
    m_commands.push_back(makeCheckCommand());
    m_commands.push_back(makeVerifyCommand());
    m_commands.push_back(makeKeygenCommand());
    m_commands.push_back(makePersonCommand());
    m_commands.push_back(makeRegisterCommand());
    m_commands.push_back(makeSubmitCommand());
    m_commands.push_back(makeStatusCommand());
    m_commands.push_back(makeInboxCommand());
    m_commands.push_back(makeTesterCommand());
    m_commands.push_back(makeDecideCommand());
    m_commands.push_back(makeWithdrawCommand());
    m_commands.push_back(makeRetireCommand());
    m_commands.push_back(makeAlertsCommand());
    m_commands.push_back(makeExportCommand());
    m_commands.push_back(makeDriftCommand());
    m_commands.push_back(makeFairnessCommand());
    m_commands.push_back(makeImportCommand());
}

ExitCode Dispatcher::run(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        return runWithoutCommand(arguments);
    }
    Command *command = find(arguments.at(index));
    if (command == nullptr) {
        Console::error(tr("unknown command '%1'.").arg(arguments.at(index)));
        Console::err(mainUsageHint());
        return ExitCode::Usage;
    }
    QStringList rest = arguments;
    rest.removeAt(index);
    return runCommand(*command, rest);
}

ExitCode Dispatcher::runWithoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(Invocation::commonOptions());
    const QCommandLineOption version({QStringLiteral("version")}, QString());
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        Console::error(parser.errorText());
        Console::err(mainUsageHint());
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(mainHelp(m_commands));
        return ExitCode::Success;
    }
    if (parser.isSet(version)) {
        Console::out(tr("quorumctl %1 (database schema %2)\n")
                         .arg(QCoreApplication::applicationVersion())
                         .arg(Database::latestSchemaVersion()));
        return ExitCode::Success;
    }
    Console::error(tr("no command given."));
    Console::err(mainUsageHint());
    return ExitCode::Usage;
}

ExitCode Dispatcher::runCommand(Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(command.options());
    parser.addOptions(Invocation::commonOptions());
    const Invocation invocation(parser);
    try {
        if (!parser.parse(arguments)) {
            throw UsageError(parser.errorText());
        }
        if (invocation.help()) {
            Console::out(commandHelp(command));
            return ExitCode::Success;
        }
        const QList<Argument> expected = command.arguments();
        const QStringList given = invocation.positionalArguments();
        if (given.size() < command.requiredArguments()) {
            throw UsageError(tr("missing argument %1.").arg(expected.at(given.size()).name));
        }
        if (given.size() > expected.size()) {
            throw UsageError(tr("unexpected argument '%1'.").arg(given.at(expected.size())));
        }
        return command.run(invocation);
    } catch (const UsageError &error) {
        Console::error(command.name() + QStringLiteral(": ") + error.message());
        Console::err(usageHint(command));
        return ExitCode::Usage;
    } catch (const GovernanceError &error) {
        return reportGovernanceError(error, command);
    } catch (const DatabaseError &error) {
        reportDatabaseError(error, invocation.verbose());
        return ExitCode::Database;
    } catch (const CryptoError &error) {
        return reportCryptoError(error, invocation.verbose());
    } catch (const Reports::ReportError &error) {
        return reportReportError(error, command);
    } catch (const StatsError &error) {
        Console::error(command.name() + QStringLiteral(": ") + error.message());
        return ExitCode::BadInput;
    } catch (const std::exception &error) {
        Console::error(tr("internal error: %1. Please report this bug.")
                           .arg(QString::fromLocal8Bit(error.what())));
        return ExitCode::Internal;
    }
}

Command *Dispatcher::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

} // namespace Quorum::Cli
