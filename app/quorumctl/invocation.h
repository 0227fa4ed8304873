// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Quorum::Cli {

/// One parsed command line, as a command sees it.
class Invocation
{
public:
    /// @p parser must have parsed the command line with commonOptions() and the command's own.
    explicit Invocation(const QCommandLineParser &parser);

    /// The options every command accepts: --db, --json, --verbose, --help.
    static QList<QCommandLineOption> commonOptions();

    /// The governance database: --db FILE, else $QUORUM_DB. Throws UsageError when neither
    /// names a file.
    QString databasePath() const;
    bool json() const;
    bool verbose() const;
    bool help() const;

    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    /// Every value of an option given more than once, in order.
    QStringList values(const QString &option) const;
    QStringList positionalArguments() const;

private:
    const QCommandLineParser &m_parser;
};

} // namespace Quorum::Cli
