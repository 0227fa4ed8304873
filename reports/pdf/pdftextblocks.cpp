// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextblocks.h"

#include "document/document.h"
#include "pdffonts.h"
#include "pdftextbox.h"
#include "pdftextwrap.h"

#include <QCoreApplication>

namespace Quorum::Reports::Pdf {

namespace {

/// One box per line of @p lines, the paragraph's padding on its first and last line.
void appendLines(PdfFlow &flow, const PdfFonts &fonts, double width, const QStringList &lines,
                 const PdfTextStyle &style, double spaceBefore)
{
    const qsizetype count = lines.size();
    for (qsizetype index = 0; index < count; ++index) {
        PdfTextStyle lineStyle = style;
        lineStyle.paddingTop = index == 0 ? style.paddingTop : 0.0;
        lineStyle.paddingBottom = index == count - 1 ? style.paddingBottom : 0.0;
        auto box
            = std::make_unique<PdfTextBox>(fonts, QStringList{lines.at(index)}, lineStyle, width);
        PdfFlowItem &item = pdfAppend(flow, std::move(box), index == 0 ? spaceBefore : 0.0);
        item.keepWithNext = (index == 0 && count > 1) || (index == count - 2);
    }
}

/// The bold start of a gap paragraph and the rest: "Gap:" taken from the text when it starts
/// with it, else the translated label.
std::pair<QString, QString> splitGapPrefix(const QString &text)
{
    const QString label = QCoreApplication::translate("Quorum::Reports::Pdf", "Gap");
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (text.startsWith(label, Qt::CaseInsensitive) && colon >= 0 && colon <= label.size() + 1) {
        return {text.left(colon + 1), text.mid(colon + 1).trimmed()};
    }
    return {label + QLatin1Char(':'), text.trimmed()};
}

void appendGap(PdfFlow &flow, const PdfFonts &fonts, double width, const QString &text)
{
    const auto [prefix, rest] = splitGapPrefix(text);
    PdfTextStyle style;
    style.decoration = PdfTextDecoration::GapBar;
    style.indent = fonts.millimetres(3.5);
    style.paddingTop = fonts.points(3.0);
    style.paddingBottom = fonts.points(3.0);
    const QFontMetricsF &metrics = fonts.metrics(style.role);
    const double prefixWidth = fonts.metrics(PdfFontRole::Bold).horizontalAdvance(prefix)
        + metrics.horizontalAdvance(QLatin1Char(' '));
    const double textWidth = width - style.indent - fonts.millimetres(2.0);
    QStringList lines = pdfWrapText(rest, metrics, textWidth, prefixWidth);
    if (lines.isEmpty()) {
        lines << QString();
    }
    const std::size_t first = flow.size();
    appendLines(flow, fonts, width, lines, style, fonts.points(7.0));
    static_cast<PdfTextBox *>(flow.at(first).box.get())->setPrefix(prefix, PdfFontRole::Bold);
}

} // namespace

void appendPdfHeading(PdfFlow &flow, const PdfFonts &fonts, double width, const Heading &heading)
{
    PdfTextStyle style;
    style.colour = kHeadingColour;
    double spaceBefore = fonts.points(9.0);
    if (heading.level <= 1) {
        style.role = PdfFontRole::Heading1;
        style.decoration = PdfTextDecoration::HeadingRule;
        style.paddingBottom = fonts.points(5.0);
        spaceBefore = fonts.points(16.0);
    } else if (heading.level == 2) {
        style.role = PdfFontRole::Heading2;
        style.paddingBottom = fonts.points(2.0);
        spaceBefore = fonts.points(12.0);
    } else {
        style.role = PdfFontRole::Heading3;
        style.paddingBottom = fonts.points(1.0);
    }
    QStringList lines = pdfWrapText(heading.text, fonts.metrics(style.role), width);
    auto box = std::make_unique<PdfTextBox>(fonts, std::move(lines), style, width);
    pdfAppend(flow, std::move(box), spaceBefore).keepWithNext = true;
}

void appendPdfParagraph(PdfFlow &flow, const PdfFonts &fonts, double width,
                        const Paragraph &paragraph)
{
    PdfTextStyle style;
    double spaceBefore = fonts.points(6.0);
    switch (paragraph.style) {
    case ParagraphStyle::Body:
        break;
    case ParagraphStyle::Note:
        style.role = PdfFontRole::Note;
        style.colour = kMutedColour;
        spaceBefore = fonts.points(4.0);
        break;
    case ParagraphStyle::Gap:
        appendGap(flow, fonts, width, paragraph.text);
        return;
    case ParagraphStyle::Quote:
        style.role = PdfFontRole::Italic;
        style.decoration = PdfTextDecoration::QuoteBar;
        style.indent = fonts.millimetres(8.0);
        style.colour = kMutedColour;
        break;
    }
    const QStringList lines
        = pdfWrapText(paragraph.text, fonts.metrics(style.role), width - style.indent);
    appendLines(flow, fonts, width, lines, style, spaceBefore);
}

void appendPdfBulletList(PdfFlow &flow, const PdfFonts &fonts, double width, const BulletList &list)
{
    PdfTextStyle style;
    style.indent = fonts.millimetres(6.0);
    double spaceBefore = fonts.points(5.0);
    for (const QString &text : list.items) {
        QStringList lines = pdfWrapText(text, fonts.metrics(style.role), width - style.indent);
        if (lines.isEmpty()) {
            lines << QString();
        }
        const std::size_t first = flow.size();
        appendLines(flow, fonts, width, lines, style, spaceBefore);
        static_cast<PdfTextBox *>(flow.at(first).box.get())
            ->setMarker(QStringLiteral("\u2022"), fonts.millimetres(2.0));
        spaceBefore = fonts.points(2.0);
    }
}

} // namespace Quorum::Reports::Pdf
