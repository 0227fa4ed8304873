// SPDX-License-Identifier: GPL-3.0-or-later
#include "invocation.h"

#include "exitcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::Invocation", text);
}

} // namespace

Invocation::Invocation(const QCommandLineParser &parser)
    : m_parser(parser)
{}

QList<QCommandLineOption> Invocation::commonOptions()
{
    return {
        QCommandLineOption(
            {QStringLiteral("db")},
            tr("The governance database file (default: the QUORUM_DB environment variable)."),
            QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("json")},
                           tr("Print JSON on stdout instead of text for people.")),
        QCommandLineOption({QStringLiteral("verbose")},
                           tr("On an error, also print the technical details (SQLite's, QCA's).")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           tr("Show this help and exit.")),
    };
}

QString Invocation::databasePath() const
{
    if (m_parser.isSet(QStringLiteral("db"))) {
        const QString path = m_parser.value(QStringLiteral("db"));
        if (path.trimmed().isEmpty()) {
            throw UsageError(tr("--db needs a file name."));
        }
        return path;
    }
    const QString fromEnvironment = qEnvironmentVariable("QUORUM_DB");
    if (!fromEnvironment.trimmed().isEmpty()) {
        return fromEnvironment;
    }
    throw UsageError(tr("no database given: pass --db FILE or set the QUORUM_DB environment "
                        "variable."));
}

bool Invocation::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

bool Invocation::verbose() const
{
    return m_parser.isSet(QStringLiteral("verbose"));
}

bool Invocation::help() const
{
    return m_parser.isSet(QStringLiteral("help"));
}

bool Invocation::isSet(const QString &option) const
{
    return m_parser.isSet(option);
}

QString Invocation::value(const QString &option) const
{
    return m_parser.value(option);
}

QStringList Invocation::values(const QString &option) const
{
    return m_parser.values(option);
}

QStringList Invocation::positionalArguments() const
{
    return m_parser.positionalArguments();
}

} // namespace Quorum::Cli
