// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>

#include <vector>

class QPaintDevice;

namespace Quorum::Reports::Pdf {

/// The fonts of a PDF, by what they set.
enum class PdfFontRole {
    Body,
    Bold,
    Italic,
    Note,
    Heading1,
    Heading2,
    Heading3,
    Table,
    TableBold,
    Mono,
    Small,
    SmallBold,
};

/// The fonts of one PDF and their metrics for its paint device. DejaVu Sans, Sans Bold,
/// Sans Oblique and Sans Mono are loaded from /usr/share/fonts/truetype/dejavu/ (real
/// TrueType files, which QPdfWriter embeds as subsets); when they are missing the default
/// sans and fixed fonts are used. Font merging is off, so no glyph is taken from a font that
/// might not embed (a missing glyph prints as a box instead), and Latin text is not shaped
/// (no ligatures, so the extracted text is what was written).
class PdfFonts
{
public:
    /// Fonts scaled for @p device, whose logical resolution turns points into device pixels.
    explicit PdfFonts(const QPaintDevice *device);

    const QFont &font(PdfFontRole role) const;
    const QFontMetricsF &metrics(PdfFontRole role) const;
    /// Distance from one baseline to the next for @p role, in device pixels.
    double lineHeight(PdfFontRole role) const;
    /// @p pt points in device pixels.
    double points(double pt) const { return pt * m_dpi / 72.0; }
    /// @p mm millimetres in device pixels.
    double millimetres(double mm) const { return mm * m_dpi / 25.4; }

private:
    double m_dpi;
    std::vector<QFont> m_fonts;
    std::vector<QFontMetricsF> m_metrics;
};

} // namespace Quorum::Reports::Pdf
