// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"
#include "pdfchartlayout.h"

namespace Quorum::Reports::Pdf {

/// A chart, laid out when made and painted with QPainter from its series. Refers to the
/// document's chart, which must outlive the box.
class PdfChartBox final : public PdfBox
{
public:
    PdfChartBox(const PdfFonts &fonts, const Chart &chart, double width);

    double height() const override { return m_layout.height; }
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    const PdfFonts &m_fonts;
    const Chart &m_chart;
    PdfChartLayout m_layout;
};

} // namespace Quorum::Reports::Pdf
