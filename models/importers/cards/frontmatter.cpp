// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "importers/source/importerror.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::FrontMatter", text);
}

/// One line of the text: [begin, end) without its line break, next is where the next line
/// starts.
struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
};

Line lineAt(const QByteArray &text, qsizetype begin)
{
    const qsizetype newline = text.indexOf('\n', begin);
    const qsizetype end = newline < 0 ? text.size() : newline;
    return Line{begin, end, newline < 0 ? text.size() : newline + 1};
}

/// The line without trailing spaces, tabs and carriage returns.
QByteArrayView trimmedRight(const QByteArray &text, const Line &line)
{
    qsizetype end = line.end;
    while (end > line.begin) {
        const char c = text.at(end - 1);
        if (c != ' ' && c != '\t' && c != '\r') {
            break;
        }
        --end;
    }
    return QByteArrayView(text.constData() + line.begin, end - line.begin);
}

bool isDelimiter(const QByteArray &text, const Line &line)
{
    return trimmedRight(text, line) == QByteArrayView("---");
}

} // namespace

FrontMatter splitFrontMatter(const QByteArray &bytes, const QString &file)
{
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    FrontMatter result;
    int lineNumber = 1;
    Line line = lineAt(text, 0);
    while (line.begin < text.size() && trimmedRight(text, line).trimmed().isEmpty()) {
        line = lineAt(text, line.next);
        ++lineNumber;
    }
    if (line.begin >= text.size() || !isDelimiter(text, line)) {
        result.body = text;
        return result;
    }
    result.present = true;
    result.openingLine = lineNumber;
    const qsizetype yamlBegin = line.next;
    for (Line candidate = lineAt(text, yamlBegin); candidate.begin < text.size();
         candidate = lineAt(text, candidate.next)) {
        if (isDelimiter(text, candidate)) {
            result.yamlBytes = candidate.begin - yamlBegin;
            result.yaml = QByteArray(lineNumber, '\n') + text.mid(yamlBegin, result.yamlBytes);
            result.body = text.mid(candidate.next);
            return result;
        }
    }
    throw ImportError(ImportErrorKind::Malformed, file, tr("line %1").arg(result.openingLine),
                      tr("the front matter opened by \"---\" is not closed; expected a line "
                         "\"---\" after the YAML"));
}

} // namespace Quorum
