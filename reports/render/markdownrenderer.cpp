// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "blocktext.h"
#include "document/document.h"
#include "htmlescape.h"
#include "markdownchart.h"
#include "markdowntext.h"

#include <QStringList>

#include <algorithm>

namespace Quorum::Reports {

namespace {

using namespace Render;
using namespace Render::MarkdownText;

// Lines of one paragraph, each with @p prefix (e.g. "> "), joined by hard breaks.
QString prefixedLines(const QString &text, const QString &prefix)
{
    QStringList result;
    for (const QString &line : lines(text)) {
        result += prefix + line;
    }
    return result.join(hardBreak());
}

QString heading(const Heading &block)
{
    // Level 1 is "##": the document title is the only "#".
    const QString marks(std::clamp(block.level, 1, 5) + 1, QLatin1Char('#'));
    QString markdown;
    if (!block.anchor.trimmed().isEmpty()) {
        QString id = block.anchor.trimmed();
        id.replace(QLatin1Char(' '), QLatin1Char('-'));
        markdown = QStringLiteral("<a id=\"") + htmlEscaped(id) + QStringLiteral("\"></a>\n");
    }
    return markdown + marks + QLatin1Char(' ') + inlineText(block.text);
}

QString emphasised(const QString &text)
{
    QStringList result;
    for (const QString &line : lines(text)) {
        if (line.isEmpty()) {
            result += line;
        } else {
            result += QLatin1Char('*') + line + QLatin1Char('*');
        }
    }
    return result.join(hardBreak());
}

QString paragraph(const Paragraph &block)
{
    switch (block.style) {
    case ParagraphStyle::Note:
        return emphasised(block.text);
    case ParagraphStyle::Quote:
        return prefixedLines(block.text, QStringLiteral("> "));
    case ParagraphStyle::Gap:
        return QStringLiteral("> **") + inlineText(BlockText::gapWord()) + QStringLiteral(":** ")
            + prefixedLines(BlockText::gapBody(block.text), QStringLiteral("> ")).mid(2);
    case ParagraphStyle::Body:
        break;
    }
    return prefixedLines(block.text, {});
}

QString bulletList(const BulletList &block)
{
    QStringList items;
    for (const QString &item : block.items) {
        items += QStringLiteral("- ") + prefixedLines(item, QStringLiteral("  ")).mid(2);
    }
    return items.join(QLatin1Char('\n'));
}

QString labelled(const QString &label, const QString &valueMarkdown)
{
    return QStringLiteral("- **") + inlineText(label) + QStringLiteral(":** ") + valueMarkdown;
}

QString keyValueList(const KeyValueList &block)
{
    QStringList rows;
    for (const auto &[label, value] : block.rows) {
        rows += labelled(label, prefixedLines(value, QStringLiteral("  ")).mid(2));
    }
    return rows.join(QLatin1Char('\n'));
}

QStringList tableCells(const QStringList &cells, qsizetype columns)
{
    QStringList result;
    for (qsizetype column = 0; column < columns; ++column) {
        result += column < cells.size() ? cell(cells.at(column)) : QString();
    }
    return result;
}

QString table(const Table &block)
{
    qsizetype columns = std::max<qsizetype>(1, block.header.size());
    for (const QStringList &cells : block.rows) {
        columns = std::max(columns, cells.size());
    }
    const bool marked = !block.marks.empty();
    QStringList header = tableCells(block.header, columns);
    QStringList delimiter;
    for (qsizetype column = 0; column < columns; ++column) {
        const bool right = column < static_cast<qsizetype>(block.align.size())
            && block.align[static_cast<std::size_t>(column)] == Align::Right;
        delimiter += right ? QStringLiteral("---:") : QStringLiteral("---");
    }
    if (marked) {
        header += cell(BlockText::markHeader());
        delimiter += QStringLiteral("---");
    }
    QStringList markdown;
    if (!block.caption.trimmed().isEmpty()) {
        markdown += QStringLiteral("**") + inlineText(block.caption) + QStringLiteral("**\n");
    }
    markdown += row(header);
    markdown += row(delimiter);
    for (std::size_t index = 0; index < block.rows.size(); ++index) {
        QStringList cells = tableCells(block.rows[index], columns);
        if (marked) {
            cells += BlockText::mark(index < block.marks.size() ? block.marks[index]
                                                                : RowMark::Normal);
        }
        markdown += row(cells);
    }
    return markdown.join(QLatin1Char('\n'));
}

QString signature(const SignatureBlock &block)
{
    const QStringList fields{
        QStringLiteral("**") + inlineText(BlockText::signatureTitle()) + QStringLiteral("**\n"),
        labelled(BlockText::signedByLabel(), inlineText(BlockText::signer(block))),
        labelled(BlockText::roleLabel(), inlineText(block.role)),
        labelled(BlockText::meaningLabel(), inlineText(block.meaning)),
        labelled(BlockText::dateTimeLabel(), inlineText(BlockText::signatureTime(block.signedAt))),
        labelled(BlockText::fingerprintLabel(), inlineText(block.certificateFingerprint)),
        QStringLiteral("- ") + inlineText(BlockText::verification(block)),
    };
    return fields.join(QLatin1Char('\n'));
}

struct BlockMarkdown
{
    QString operator()(const Heading &block) const { return heading(block); }
    QString operator()(const Paragraph &block) const { return paragraph(block); }
    QString operator()(const BulletList &block) const { return bulletList(block); }
    QString operator()(const KeyValueList &block) const { return keyValueList(block); }
    QString operator()(const Table &block) const { return table(block); }
    QString operator()(const Chart &block) const { return chartMarkdown(block); }
    QString operator()(const SignatureBlock &block) const { return signature(block); }
    QString operator()(const PageBreak &) const { return {}; }
};

QString header(const Document &document)
{
    QStringList parts{QStringLiteral("# ") + inlineText(document.title)};
    if (!document.subtitle.trimmed().isEmpty()) {
        parts += inlineText(document.subtitle);
    }
    parts += QStringLiteral("**") + inlineText(BlockText::documentIdLabel())
        + QStringLiteral(":** ") + inlineText(document.documentId) + hardBreak()
        + QStringLiteral("**") + inlineText(BlockText::generatedLabel()) + QStringLiteral(":** ")
        + inlineText(document.generatedAtText);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QByteArray renderMarkdown(const Document &document)
{
    QStringList parts{header(document)};
    for (const Block &block : document.blocks) {
        const QString markdown = std::visit(BlockMarkdown{}, block);
        if (markdown.trimmed().isEmpty()) {
            continue;
        }
        // Two lists in a row would merge into one: an empty comment keeps them apart.
        const qsizetype lastLine = parts.last().lastIndexOf(QLatin1Char('\n')) + 1;
        if (markdown.startsWith(QStringLiteral("- "))
            && parts.last().mid(lastLine).startsWith(QStringLiteral("- "))) {
            parts += QStringLiteral("<!-- -->");
        }
        parts += markdown;
    }
    return (parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace Quorum::Reports
