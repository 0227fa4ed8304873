// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"
#include "pdffonts.h"
#include "pdfstyle.h"

#include <QString>
#include <QStringList>

namespace Quorum::Reports::Pdf {

/// What is drawn around the text of a PdfTextBox.
enum class PdfTextDecoration {
    None,
    GapBar,      ///< a tinted box with a red bar on the left
    QuoteBar,    ///< a grey bar left of the indented text
    HeadingRule, ///< a thin rule under the text
};

/// How the lines of a PdfTextBox are set.
struct PdfTextStyle
{
    PdfFontRole role = PdfFontRole::Body;
    QRgb colour = kTextColour;
    double indent = 0.0; ///< from the left edge of the body to the text
    PdfTextDecoration decoration = PdfTextDecoration::None;
    double paddingTop = 0.0;
    double paddingBottom = 0.0;
};

/// Already wrapped lines of one style, e.g. a heading or one line of a paragraph. The first
/// line may start with a marker (a bullet left of the text) and a prefix in another font (the
/// bold "Gap:"), for which the wrapping left room.
class PdfTextBox final : public PdfBox
{
public:
    PdfTextBox(const PdfFonts &fonts, QStringList lines, const PdfTextStyle &style, double width);

    /// Draws @p prefix in @p role before the first line (followed by a space).
    void setPrefix(const QString &prefix, PdfFontRole role);
    /// Draws @p marker on the first line at @p x from the body's left edge.
    void setMarker(const QString &marker, double x);

    double height() const override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    void paintDecoration(QPainter &painter, QPointF topLeft) const;

    const PdfFonts &m_fonts;
    QStringList m_lines;
    PdfTextStyle m_style;
    double m_width;
    QString m_prefix;
    PdfFontRole m_prefixRole = PdfFontRole::Bold;
    QString m_marker;
    double m_markerX = 0.0;
};

} // namespace Quorum::Reports::Pdf
