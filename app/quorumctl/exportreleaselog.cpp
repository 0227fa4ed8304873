// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export release-log': model_release_log.md regenerated from the database.
#include "builders/releaselogreport.h"
#include "console.h"
#include "exports.h"
#include "invocation.h"
#include "render/documentformat.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace Quorum::Cli::Exports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ExportCommand", text);
}

/// The table rows of the log: its lines that start with '|', less the header and the rule.
int rowCount(const QByteArray &markdown)
{
    int lines = 0;
    for (const QByteArray &line : markdown.split('\n')) {
        if (line.startsWith('|')) {
            ++lines;
        }
    }
    return std::max(0, lines - 2);
}

} // namespace

ExitCode releaseLog(const Invocation &invocation)
{
    const bool toFile = invocation.isSet(QStringLiteral("out"));
    const QString out = invocation.value(QStringLiteral("out"));
    if (toFile && out.trimmed().isEmpty()) {
        throw UsageError(tr("--out needs a file name."));
    }
    Database db = Database::open(invocation.databasePath());
    const QByteArray markdown = Reports::buildReleaseLog(db);
    const int rows = rowCount(markdown);
    if (!toFile) {
        if (invocation.json()) {
            Console::json(QJsonDocument(
                QJsonObject{{QStringLiteral("rows"), rows},
                            {QStringLiteral("markdown"), QString::fromUtf8(markdown)}}));
            return ExitCode::Success;
        }
        std::fwrite(markdown.constData(), 1, static_cast<std::size_t>(markdown.size()), stdout);
        std::fflush(stdout);
        return ExitCode::Success;
    }
    Reports::writeFileAtomically(out, markdown);
    if (invocation.json()) {
        Console::json(QJsonDocument(QJsonObject{{QStringLiteral("file"), displayPath(out)},
                                                {QStringLiteral("rows"), rows}}));
    } else {
        Console::out(tr("Wrote the release log with %1 decided request(s) to %2\n")
                         .arg(rows)
                         .arg(displayPath(out)));
    }
    return ExitCode::Success;
}

} // namespace Quorum::Cli::Exports
