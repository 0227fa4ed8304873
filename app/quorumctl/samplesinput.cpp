// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesinput.h"

#include "exitcode.h"
#include "invocation.h"

#include <QCoreApplication>

namespace Quorum::Cli::SamplesInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::SamplesInput", text);
}

char delimiter(const QString &text)
{
    if (text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0
        || text == QLatin1String("\\t")) {
        return '\t';
    }
    if (text.compare(QLatin1String("space"), Qt::CaseInsensitive) == 0) {
        return ' ';
    }
    if (text.size() != 1 || text.at(0).unicode() > 127 || text == QLatin1String("\"")) {
        throw UsageError(tr("--delimiter must be one ASCII character other than '\"' (or "
                            "'tab' or 'space'); got '%1'.")
                             .arg(text));
    }
    return char(text.at(0).unicode());
}

} // namespace

QList<QCommandLineOption> csvOptions()
{
    return {
        QCommandLineOption(QStringLiteral("delimiter"),
                           tr("Field separator of the CSV files: one character, 'tab' or\n"
                              "'space' (default ',')."),
                           tr("CHAR"), QStringLiteral(",")),
        QCommandLineOption(QStringLiteral("no-header"),
                           tr("The files have no header row; columns are named by position\n"
                              "from 1 (\"1\", \"2\", …).")),
        QCommandLineOption(QStringLiteral("skip-rows"),
                           tr("Lines (records) to skip before the header or the first row,\n"
                              "e.g. a title line (default 0)."),
                           tr("N"), QStringLiteral("0")),
        QCommandLineOption(QStringLiteral("missing"),
                           tr("Comma-separated markers of missing values, replacing the\n"
                              "defaults (empty, ?, NA, NaN, null); a quoted empty field is\n"
                              "always missing."),
                           tr("LIST")),
        QCommandLineOption(QStringLiteral("numeric"),
                           tr("Columns to read as numbers whatever they look like; a value\n"
                              "that is not a number is then an error naming its line."),
                           tr("COLUMNS")),
        QCommandLineOption(QStringLiteral("categorical"),
                           tr("Columns to read as categories even when every value is a\n"
                              "number (e.g. codes such as 01, 02)."),
                           tr("COLUMNS")),
    };
}

QStringList list(const Invocation &invocation, const QString &option)
{
    QStringList out;
    for (const QString &value : invocation.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty()) {
                out.append(part.trimmed());
            }
        }
    }
    return out;
}

CsvOptions csvOptions(const Invocation &invocation)
{
    CsvOptions options;
    options.delimiter = delimiter(invocation.value(QStringLiteral("delimiter")));
    if (invocation.isSet(QStringLiteral("no-header"))) {
        options.header = HeaderRow::Absent;
    }
    bool ok = false;
    options.skipRecords = invocation.value(QStringLiteral("skip-rows")).toInt(&ok);
    if (!ok || options.skipRecords < 0) {
        throw UsageError(tr("--skip-rows must be a whole number, 0 or more; got '%1'.")
                             .arg(invocation.value(QStringLiteral("skip-rows"))));
    }
    if (invocation.isSet(QStringLiteral("missing"))) {
        options.missingMarkers
            = invocation.value(QStringLiteral("missing")).split(QLatin1Char(','));
        for (QString &marker : options.missingMarkers) {
            marker = marker.trimmed();
        }
    }
    for (const QString &column : list(invocation, QStringLiteral("numeric"))) {
        options.typeOverrides[column] = ColumnType::Numeric;
    }
    for (const QString &column : list(invocation, QStringLiteral("categorical"))) {
        if (options.typeOverrides.count(column) != 0) {
            throw UsageError(
                tr("Column '%1' cannot be both --numeric and --categorical.").arg(column));
        }
        options.typeOverrides[column] = ColumnType::Categorical;
    }
    return options;
}

} // namespace Quorum::Cli::SamplesInput
