// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartbox.h"

#include "pdfchartpainter.h"

namespace Quorum::Reports::Pdf {

PdfChartBox::PdfChartBox(const PdfFonts &fonts, const Chart &chart, double width)
    : m_fonts(fonts)
    , m_chart(chart)
    , m_layout(layoutPdfChart(chart, fonts, width))
{}

void PdfChartBox::paint(QPainter &painter, QPointF topLeft) const
{
    paintPdfChart(painter, m_fonts, m_chart, m_layout, topLeft);
}

} // namespace Quorum::Reports::Pdf
