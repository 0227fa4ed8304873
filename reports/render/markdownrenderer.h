// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Quorum::Reports {

struct Document;

/// GitHub-flavoured Markdown (UTF-8): '#' headings, pipe tables with '|' escaped and line
/// breaks as "<br>", charts as a table of their values with the reference lines listed, gaps
/// as "> **Gap:** …" quotes, signatures as a block naming signer, date and time with zone and
/// meaning. Deterministic.
///
/// Mapping: the title is the only "#"; Heading level n is n + 1 '#' characters, preceded by
/// <a id="anchor"></a> when it has an anchor. Notes are in italics, quotes "> ", key-value
/// lists "- **Label:** value". Tables with marks get a last "Check" column ("✓ pass",
/// "✗ fail", "⚠ gap"). Text is escaped so that no data character starts markup ('<' as
/// "\<", '*' as "\*", …). Signature times as in renderHtml(). PageBreak is ignored.
QByteArray renderMarkdown(const Document &document);

} // namespace Quorum::Reports
