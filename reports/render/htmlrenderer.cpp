// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrenderer.h"

#include "blocktext.h"
#include "document/document.h"
#include "htmlescape.h"
#include "htmlstyle.h"
#include "svgchart.h"

#include <QStringList>

#include <algorithm>

namespace Quorum::Reports {

namespace {

using namespace Render;

QString inlineElement(const QString &tag, const QString &html, const QString &attributes = {})
{
    return QLatin1Char('<') + tag + attributes + QLatin1Char('>') + html + QStringLiteral("</")
        + tag + QLatin1Char('>');
}

// An element on a line of its own.
QString element(const QString &tag, const QString &html, const QString &attributes = {})
{
    return inlineElement(tag, html, attributes) + QLatin1Char('\n');
}

QString classAttribute(const QString &name)
{
    if (name.isEmpty()) {
        return {};
    }
    return QStringLiteral(" class=\"") + name + QLatin1Char('"');
}

// An id attribute value: no whitespace, which an id must not contain.
QString anchorId(const QString &anchor)
{
    QString id = anchor.trimmed();
    for (QChar &c : id) {
        if (c.isSpace()) {
            c = QLatin1Char('-');
        }
    }
    return htmlEscaped(id);
}

QString heading(const Heading &block)
{
    const QString tag = QLatin1Char('h') + QString::number(std::clamp(block.level, 1, 3));
    QString id;
    if (!block.anchor.trimmed().isEmpty()) {
        id = QStringLiteral(" id=\"") + anchorId(block.anchor) + QLatin1Char('"');
    }
    return element(tag, htmlText(block.text), id);
}

QString paragraph(const Paragraph &block)
{
    switch (block.style) {
    case ParagraphStyle::Note:
        return element(QStringLiteral("p"), htmlText(block.text),
                       classAttribute(QStringLiteral("note")));
    case ParagraphStyle::Quote:
        return QStringLiteral("<blockquote>") + element(QStringLiteral("p"), htmlText(block.text))
            + QStringLiteral("</blockquote>\n");
    case ParagraphStyle::Gap:
        return QStringLiteral("<div class=\"gap\" role=\"note\"><p><strong>")
            + htmlEscaped(BlockText::gapWord()) + QStringLiteral(":</strong> ")
            + htmlText(BlockText::gapBody(block.text)) + QStringLiteral("</p></div>\n");
    case ParagraphStyle::Body:
        break;
    }
    return element(QStringLiteral("p"), htmlText(block.text));
}

QString bulletList(const BulletList &block)
{
    QString html = QStringLiteral("<ul>\n");
    for (const QString &item : block.items) {
        html += element(QStringLiteral("li"), htmlText(item));
    }
    return html + QStringLiteral("</ul>\n");
}

QString keyValueList(const KeyValueList &block)
{
    QString html = QStringLiteral("<table class=\"kv\">\n<tbody>\n");
    for (const auto &[label, value] : block.rows) {
        html += QStringLiteral("<tr><th scope=\"row\">") + htmlText(label)
            + QStringLiteral("</th><td>") + htmlText(value) + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString rowClass(RowMark mark)
{
    switch (mark) {
    case RowMark::Pass:
        return QStringLiteral("pass");
    case RowMark::Fail:
        return QStringLiteral("fail");
    case RowMark::Gap:
        return QStringLiteral("gap");
    case RowMark::Normal:
        break;
    }
    return {};
}

QString tableRow(const Table &table, qsizetype columns, std::size_t row, const QString &cellTag)
{
    const bool header = cellTag == QStringLiteral("th");
    const QStringList &cells = header ? table.header : table.rows[row];
    QString html;
    for (qsizetype column = 0; column < columns; ++column) {
        const bool right = column < static_cast<qsizetype>(table.align.size())
            && table.align[static_cast<std::size_t>(column)] == Align::Right;
        const QString scope = header ? QStringLiteral(" scope=\"col\"") : QString();
        html += inlineElement(cellTag,
                              column < cells.size() ? htmlText(cells.at(column)) : QString(),
                              classAttribute(right ? QStringLiteral("num") : QString()) + scope);
    }
    if (!table.marks.empty()) {
        const RowMark mark
            = header || row >= table.marks.size() ? RowMark::Normal : table.marks[row];
        html += header ? inlineElement(cellTag, htmlEscaped(BlockText::markHeader()),
                                       QStringLiteral(" scope=\"col\""))
                       : inlineElement(cellTag, htmlEscaped(BlockText::mark(mark)),
                                       classAttribute(QStringLiteral("mark")));
    }
    return html;
}

QString table(const Table &block)
{
    qsizetype columns = block.header.size();
    for (const QStringList &row : block.rows) {
        columns = std::max(columns, row.size());
    }
    QString html = QStringLiteral("<table class=\"data\">\n");
    if (!block.caption.isEmpty()) {
        html += element(QStringLiteral("caption"), htmlText(block.caption));
    }
    if (!block.header.isEmpty()) {
        html += QStringLiteral("<thead>\n<tr>") + tableRow(block, columns, 0, QStringLiteral("th"))
            + QStringLiteral("</tr>\n</thead>\n");
    }
    html += QStringLiteral("<tbody>\n");
    for (std::size_t row = 0; row < block.rows.size(); ++row) {
        const RowMark mark = row < block.marks.size() ? block.marks[row] : RowMark::Normal;
        html += QStringLiteral("<tr") + classAttribute(rowClass(mark)) + QLatin1Char('>')
            + tableRow(block, columns, row, QStringLiteral("td")) + QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString chart(const Chart &block)
{
    const QString caption = block.caption.isEmpty() ? block.title : block.caption;
    QString html
        = QStringLiteral("<figure class=\"chart\">\n") + chartSvg(block) + QLatin1Char('\n');
    if (!caption.isEmpty()) {
        html += element(QStringLiteral("figcaption"), htmlText(caption));
    }
    return html + QStringLiteral("</figure>\n");
}

QString signatureField(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<dt>") + htmlEscaped(label) + QStringLiteral("</dt><dd>") + valueHtml
        + QStringLiteral("</dd>\n");
}

QString signature(const SignatureBlock &block)
{
    QString html = QStringLiteral("<section class=\"signature\">\n<p class=\"signature-title\">")
        + htmlEscaped(BlockText::signatureTitle()) + QStringLiteral("</p>\n<dl>\n");
    html += signatureField(BlockText::signedByLabel(), htmlText(BlockText::signer(block)));
    html += signatureField(BlockText::roleLabel(), htmlText(block.role));
    html += signatureField(BlockText::meaningLabel(), htmlText(block.meaning));
    html += signatureField(BlockText::dateTimeLabel(),
                           htmlEscaped(BlockText::signatureTime(block.signedAt)));
    html += signatureField(BlockText::fingerprintLabel(),
                           QStringLiteral("<code>") + htmlEscaped(block.certificateFingerprint)
                               + QStringLiteral("</code>"));
    html += QStringLiteral("</dl>\n");
    html += element(
        QStringLiteral("p"), htmlText(BlockText::verification(block)),
        classAttribute(block.verified ? QStringLiteral("verified") : QStringLiteral("unverified")));
    return html + QStringLiteral("</section>\n");
}

QString pageBreak(const PageBreak &)
{
    return QStringLiteral("<div class=\"page-break\"></div>\n");
}

struct BlockHtml
{
    QString operator()(const Heading &block) const { return heading(block); }
    QString operator()(const Paragraph &block) const { return paragraph(block); }
    QString operator()(const BulletList &block) const { return bulletList(block); }
    QString operator()(const KeyValueList &block) const { return keyValueList(block); }
    QString operator()(const Table &block) const { return table(block); }
    QString operator()(const Chart &block) const { return chart(block); }
    QString operator()(const SignatureBlock &block) const { return signature(block); }
    QString operator()(const PageBreak &block) const { return pageBreak(block); }
};

QString header(const Document &document)
{
    QString html = QStringLiteral("<header class=\"doc-header\">\n");
    html += element(QStringLiteral("p"), htmlText(document.title),
                    classAttribute(QStringLiteral("doc-title")));
    if (!document.subtitle.isEmpty()) {
        html += element(QStringLiteral("p"), htmlText(document.subtitle),
                        classAttribute(QStringLiteral("doc-subtitle")));
    }
    html += QStringLiteral("<dl class=\"doc-meta\">\n");
    html += signatureField(BlockText::documentIdLabel(), htmlEscaped(document.documentId));
    html += signatureField(BlockText::generatedLabel(), htmlEscaped(document.generatedAtText));
    return html + QStringLiteral("</dl>\n</header>\n");
}

QString pageTitle(const Document &document)
{
    if (document.subtitle.isEmpty()) {
        return document.title;
    }
    return document.title + QStringLiteral(" — ") + document.subtitle;
}

} // namespace

QByteArray renderHtml(const Document &document)
{
    const QString language = document.language.isEmpty() ? QStringLiteral("en") : document.language;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + htmlEscaped(language)
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n")
        + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                         "initial-scale=1\">\n<meta name=\"generator\" "
                         "content=\"Quorum\">\n")
        + element(QStringLiteral("title"), htmlEscaped(pageTitle(document)))
        + QStringLiteral("<style>") + htmlStyleSheet()
        + QStringLiteral("</style>\n</head>\n<body>\n") + header(document)
        + QStringLiteral("<main>\n");
    for (const Block &block : document.blocks) {
        html += std::visit(BlockHtml{}, block);
    }
    html += QStringLiteral("</main>\n<footer class=\"doc-footer\">")
        + htmlEscaped(document.documentId + QStringLiteral(" · ") + document.generatedAtText)
        + QStringLiteral("</footer>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Quorum::Reports
