// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum::Reports {

struct Document;
class ReportProgress;

/// Renders @p document as PDF/A-1b through QPdfWriter (A4, 300 dpi): fonts embedded (DejaVu
/// Sans from fonts-dejavu-core when present, else the default sans), no transparency, every
/// page with a header (document title, subtitle) and a footer (document id, generation time,
/// "Page n of N"); tables repeat their header on a new page and rows are never split; charts
/// are painted with QPainter from their series. Needs a QGuiApplication (the offscreen
/// platform is enough). Reports one step per page laid out and painted; throws
/// ReportError(Cancelled) from @p progress.
QByteArray renderPdf(const Document &document, const ReportProgress &progress);

} // namespace Quorum::Reports
