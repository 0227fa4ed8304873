// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum::Reports {

struct Document;

/// A complete, self-contained HTML5 page (UTF-8): inline CSS, charts as inline SVG, headings
/// with their anchors as ids, a header with title, document id and generation time. Every
/// text is escaped. Deterministic: the same document gives the same bytes.
///
/// Mapping: the title is the header block (not a heading); Heading levels 1-3 become <h1>-<h3>
/// (deeper levels <h3>). Table marks give the row a class (pass, fail, gap: tinted) and an
/// extra "Check" column with "✓ pass", "✗ fail" or "⚠ gap", so a mark is never colour only.
/// Gap paragraphs are boxes starting "Gap:" (a leading "Gap" in the text is not repeated).
/// A signature's time is printed in the zone its QDateTime carries (see
/// Render::BlockText::signatureTime: builders convert it with toTimeZone(context.timeZone), or
/// leave it in UTC). PageBreak becomes a print-only page break.
QByteArray renderHtml(const Document &document);

} // namespace Quorum::Reports
