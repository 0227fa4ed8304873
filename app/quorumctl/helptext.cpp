// SPDX-License-Identifier: GPL-3.0-or-later
#include "helptext.h"

#include "command.h"
#include "invocation.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::HelpText", text);
}

/// "-h, --help" or "--db FILE".
QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names()) {
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString synopsis = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        synopsis += QLatin1Char(' ') + option.valueName();
    }
    return synopsis;
}

/// Two aligned columns, indented by two spaces; a second column's further lines line up too.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows) {
        width = std::max(width, row.first.size());
    }
    const QString continuation(width + 4, QLatin1Char(' '));
    QString text;
    for (const auto &row : rows) {
        const QStringList lines = row.second.split(QLatin1Char('\n'));
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + lines.constFirst()
            + QLatin1Char('\n');
        for (const QString &line : lines.mid(1)) {
            text += continuation + line + QLatin1Char('\n');
        }
    }
    return text;
}

QString optionTable(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        rows.append({optionSynopsis(option), option.description()});
    }
    return twoColumns(rows);
}

/// The exit codes of @p command's --help, in numeric order.
QList<std::pair<QString, QString>> exitCodeRows(const Command &command)
{
    std::map<int, QString> codes{{0, tr("success")}, {2, tr("usage error")}};
    if (!command.failureMeaning().isEmpty()) {
        codes[1] = command.failureMeaning();
    }
    if (command.usesDatabase()) {
        codes[3] = tr("database error");
    }
    for (const ExitCodeMeaning &entry : command.exitCodeMeanings()) {
        codes[static_cast<int>(entry.code)] = entry.meaning;
    }
    QList<std::pair<QString, QString>> rows;
    for (const auto &[code, meaning] : codes) {
        rows.append({QString::number(code), meaning});
    }
    return rows;
}

} // namespace

QString usageLine(const Command &command)
{
    const QStringList synopses = command.synopses();
    if (!synopses.isEmpty()) {
        const QString usage = tr("Usage:");
        const QString indent(usage.size(), QLatin1Char(' '));
        QString text;
        for (const QString &synopsis : synopses) {
            text += (text.isEmpty() ? usage : QLatin1Char('\n') + indent)
                + QStringLiteral(" quorumctl ") + synopsis;
        }
        return text;
    }
    QString line = command.usesDatabase()
        ? tr("Usage: quorumctl [--db FILE] %1 [options]").arg(command.name())
        : tr("Usage: quorumctl %1 [options]").arg(command.name());
    const QList<Argument> arguments = command.arguments();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i).name;
        line += i < command.requiredArguments() ? QString(QLatin1Char(' ') + name)
                                                : QString(QStringLiteral(" [") + name + u']');
    }
    return line;
}

QString usageHint(const Command &command)
{
    return usageLine(command) + QLatin1Char('\n')
        + tr("Run 'quorumctl %1 --help' for more.").arg(command.name()) + QLatin1Char('\n');
}

QString mainUsageHint()
{
    return tr("Usage: quorumctl [--db FILE] COMMAND [options]\n"
              "Run 'quorumctl --help' for the commands.\n");
}

QString commandHelp(const Command &command)
{
    QString text = usageLine(command) + QStringLiteral("\n\n") + command.description()
        + QStringLiteral("\n");
    const QList<Argument> arguments = command.arguments();
    if (!arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const Argument &argument : arguments) {
            rows.append({argument.name, argument.description});
        }
        text += QStringLiteral("\n") + tr("Arguments:") + QLatin1Char('\n') + twoColumns(rows);
    }
    QList<QCommandLineOption> options = command.options() + Invocation::commonOptions();
    if (!command.usesDatabase()) {
        options.removeIf([](const QCommandLineOption &option) {
            return option.names().contains(QStringLiteral("db"));
        });
    }
    text += QStringLiteral("\n") + tr("Options:") + QLatin1Char('\n') + optionTable(options);
    text += QStringLiteral("\n") + tr("Exit codes:") + QLatin1Char('\n')
        + twoColumns(exitCodeRows(command));
    return text;
}

QString mainHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text
        = tr("Usage: quorumctl [--db FILE] COMMAND [options]\n\n"
             "Quorum's command line: creates, inspects and checks governance "
             "databases,\nregisters people and makes their signing keys, registers "
             "model versions,\nsubmits releases and signs decisions on them, computes drift and "
             "fairness\nfrom raw samples, imports evidence from MLflow, model cards, Evidently "
             "and\nevaluation files, exports reports (Annex IV, model card, fairness, release "
             "log)\nand signed audit packs, verifies audit packs offline, and lists and "
             "acknowledges\nthe monitoring alerts raised from the tier thresholds.\n\n");
    QList<std::pair<QString, QString>> commandRows;
    for (const auto &command : commands) {
        commandRows.append({command->name(), command->summary()});
    }
    text += tr("Commands:") + QLatin1Char('\n') + twoColumns(commandRows);

    const QList<QCommandLineOption> options{
        Invocation::commonOptions().constFirst(),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           tr("Show this help, or a command's help after its name.")),
        QCommandLineOption({QStringLiteral("version")}, tr("Show the version and exit.")),
    };
    text += QStringLiteral("\n") + tr("Options:") + QLatin1Char('\n') + optionTable(options);
    text += QStringLiteral("\n")
        + tr("Every command also takes --json (output for machines on stdout) and --verbose\n"
             "(SQLite's details on database errors). --db may come before or after the "
             "command.\n");

    text += QStringLiteral("\n") + tr("Exit codes:") + QLatin1Char('\n')
        + twoColumns({
            {QStringLiteral("0"), tr("success")},
            {QStringLiteral("1"),
             tr("the checked thing failed ('check' or 'verify' found problems, a file of\n"
                "an audit pack does not hold, no such model, version, request or person;\n"
                "'submit --wait': the request was rejected, sent back for changes,\n"
                "withdrawn or expired; 'export': no approval record yet, nothing in the\n"
                "period; 'import': no such model, version or person, nothing written;\n"
                "'alerts': no such model, alert or person)")},
            {QStringLiteral("2"),
             tr("usage error (unknown command or option, missing argument, no database)")},
            {QStringLiteral("3"),
             tr("database error (missing, not a governance database, damaged, read-only,\n"
                "locked or written by a newer Quorum; a key or certificate file that cannot\n"
                "be read or written; an export that cannot be written; 'export audit-pack':\n"
                "the --key file cannot be opened (wrong passphrase) or cannot sign; 'verify':\n"
                "the pack cannot be read)")},
            {QStringLiteral("4"),
             tr("timeout ('submit --wait --timeout S': no decision in time; the request\n"
                "stays pending)")},
            {QStringLiteral("5"),
             tr("refused by the policy or segregation of duties (the submitter or the\n"
                "model's owner deciding, a second decision, a role not held or not asked, an\n"
                "approval of a failed check without waiver, a closed request; 'alerts ack':\n"
                "an alert already acknowledged, a person no longer active); nothing was\n"
                "stored")},
            {QStringLiteral("6"),
             tr("bad input file ('drift', 'fairness': a CSV file that cannot be read, is\n"
                "malformed, lacks a column or holds the wrong kind of value; the message\n"
                "names the file, the line and the column; 'verify': a pack that is not a\n"
                "ZIP archive; 'import': a source that is missing, unreadable, over a size\n"
                "limit, malformed or not what its format expects, nothing written)")},
            {QStringLiteral("70"), tr("internal error (a bug in quorumctl)")},
        });
    text += QStringLiteral("\n") + tr("Run 'quorumctl COMMAND --help' for a command's options.")
        + QLatin1Char('\n');
    return text;
}

} // namespace Quorum::Cli
