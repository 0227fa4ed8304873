// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRgb>

namespace Quorum::Reports::Pdf {

/// Device resolution of the PDF in dots per inch. 300 dpi keeps the layout arithmetic in
/// device pixels precise enough (1 pt = 4.17 px) while text stays real text: the resolution
/// only scales coordinates, it never rasterises anything.
inline constexpr int kResolution = 300;

/// Page margins in millimetres; the header and footer sit inside them.
inline constexpr double kMarginSideMm = 20.0;
inline constexpr double kMarginTopMm = 12.0;
inline constexpr double kMarginBottomMm = 12.0;
/// Height of the header and footer bands inside the margins, in millimetres.
inline constexpr double kHeaderBandMm = 12.0;
inline constexpr double kFooterBandMm = 11.0;

// Colours: all opaque (PDF/A-1 forbids transparency).
inline constexpr QRgb kTextColour = qRgb(0x1f, 0x23, 0x28);
inline constexpr QRgb kMutedColour = qRgb(0x5f, 0x66, 0x6d);
inline constexpr QRgb kRuleColour = qRgb(0xa8, 0xb0, 0xb8);
inline constexpr QRgb kGridColour = qRgb(0xe1, 0xe5, 0xea);
inline constexpr QRgb kHeadingColour = qRgb(0x1a, 0x3a, 0x5e);
inline constexpr QRgb kWhite = qRgb(0xff, 0xff, 0xff);
inline constexpr QRgb kGapBarColour = qRgb(0xc6, 0x28, 0x28);
inline constexpr QRgb kGapFillColour = qRgb(0xfd, 0xec, 0xea);
inline constexpr QRgb kQuoteBarColour = qRgb(0x9a, 0xa5, 0xb1);
inline constexpr QRgb kTableHeaderFill = qRgb(0xe6, 0xeb, 0xf0);
inline constexpr QRgb kPassFill = qRgb(0xdc, 0xf1, 0xdf);
inline constexpr QRgb kFailFill = qRgb(0xfb, 0xdf, 0xdf);
inline constexpr QRgb kGapRowFill = qRgb(0xff, 0xef, 0xc4);
inline constexpr QRgb kPassColour = qRgb(0x1b, 0x6e, 0x20);
inline constexpr QRgb kFailColour = qRgb(0xb7, 0x1c, 0x1c);

} // namespace Quorum::Reports::Pdf
