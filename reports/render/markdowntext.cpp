// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

namespace Quorum::Reports::Render::MarkdownText {

namespace {

// Characters that start inline markup anywhere in a line.
bool startsInlineMarkup(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'~':
        return true;
    default:
        return false;
    }
}

QString escapedLine(const QString &line)
{
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool entity = c == QLatin1Char('&') && i + 1 < line.size()
            && (line.at(i + 1).isLetterOrNumber() || line.at(i + 1) == u'#');
        if (startsInlineMarkup(c) || entity) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return escaped;
}

// Whether @p line continues after @p at with a space or tab, or ends there: only then does a
// marker start a block ("1. item", "- item", "# Title"; not "2.1.0", "-0.5" or "#5").
bool markerEnds(const QString &line, qsizetype at)
{
    return at >= line.size() || line.at(at) == u' ' || line.at(at) == u'\t';
}

// Escapes what would make an escaped line start a block: "# ", "- ", "+ ", "1. ", "1) ", a
// table row, or a line of '=' or '-' (a setext underline).
QString blockSafe(const QString &line)
{
    if (line.isEmpty()) {
        return line;
    }
    const QChar first = line.at(0);
    const bool underline
        = (first == u'=' || first == u'-') && line.count(first) + line.count(u' ') == line.size();
    qsizetype hashes = 0;
    while (hashes < line.size() && hashes < 6 && line.at(hashes) == u'#') {
        ++hashes;
    }
    if (first == u'|' || underline || (hashes > 0 && markerEnds(line, hashes))
        || ((first == u'-' || first == u'+') && markerEnds(line, 1))) {
        return QLatin1Char('\\') + line;
    }
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit()) {
        ++digits;
    }
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')')
        && markerEnds(line, digits + 1)) {
        return line.left(digits) + QLatin1Char('\\') + line.mid(digits);
    }
    return line;
}

} // namespace

QString inlineText(const QString &text)
{
    QString flat = text;
    flat.remove(QLatin1Char('\r'));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escapedLine(flat.trimmed());
}

QStringList lines(const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1Char('\r'));
    QStringList result;
    for (const QString &line : plain.split(QLatin1Char('\n'))) {
        result += blockSafe(escapedLine(line.trimmed()));
    }
    while (result.size() > 1 && result.last().isEmpty()) {
        result.removeLast();
    }
    return result;
}

QString cell(const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1Char('\r'));
    QStringList parts;
    for (const QString &line : plain.split(QLatin1Char('\n'))) {
        parts += escapedLine(line.trimmed()).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    }
    return parts.join(QStringLiteral("<br>"));
}

QString row(const QStringList &cells)
{
    if (cells.isEmpty()) {
        return QStringLiteral("|  |");
    }
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

QString hardBreak()
{
    return QStringLiteral("\\\n");
}

} // namespace Quorum::Reports::Render::MarkdownText
