// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Reports {
struct Chart;
} // namespace Quorum::Reports

namespace Quorum::Reports::Render {

/// @p chart as Markdown: its title in bold, a pipe table of its values (line charts: a date
/// column and one column per series; bar charts: a category column and one per series), its
/// reference lines listed ("Reference line: Four-fifths rule = 0.80") and its caption in
/// italics. No trailing newline.
QString chartMarkdown(const Chart &chart);

} // namespace Quorum::Reports::Render
