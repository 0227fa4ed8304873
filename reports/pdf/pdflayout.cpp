// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflayout.h"

#include "document/document.h"
#include "pdfchartbox.h"
#include "pdffonts.h"
#include "pdfsignaturebox.h"
#include "pdftableblocks.h"
#include "pdftextblocks.h"

namespace Quorum::Reports::Pdf {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

PdfFlow buildPdfFlow(const Document &document, const PdfFonts &fonts, double width)
{
    PdfFlow flow;
    for (const Block &block : document.blocks) {
        std::visit(
            Overloaded{
                [&](const Heading &heading) { appendPdfHeading(flow, fonts, width, heading); },
                [&](const Paragraph &paragraph) {
                    appendPdfParagraph(flow, fonts, width, paragraph);
                },
                [&](const BulletList &list) { appendPdfBulletList(flow, fonts, width, list); },
                [&](const KeyValueList &list) { appendPdfKeyValueList(flow, fonts, width, list); },
                [&](const Table &table) { appendPdfTable(flow, fonts, width, table); },
                [&](const Chart &chart) {
                    pdfAppend(flow, std::make_unique<PdfChartBox>(fonts, chart, width),
                              fonts.points(12.0));
                },
                [&](const SignatureBlock &signature) {
                    pdfAppend(flow, std::make_unique<PdfSignatureBox>(fonts, signature, width),
                              fonts.points(8.0));
                },
                [&](const PageBreak &) { flow.push_back(PdfFlowItem{}); },
            },
            block);
    }
    return flow;
}

} // namespace Quorum::Reports::Pdf
