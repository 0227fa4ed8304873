// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hfcard.h"

#include <QString>

#include <vector>

namespace Quorum {

/// A Markdown text cut into sections at its ATX headings.
struct MarkdownOutline
{
    QString title;                   ///< the first level-1 heading, empty when there is none
    QString preamble;                ///< the text before the first heading, trimmed
    std::vector<HfSection> sections; ///< every heading in order, the title's included
};

/// Splits @p markdown at ATX headings ("#" to "######" followed by a space or the line end, up
/// to three spaces of indent; a closing run of "#" is dropped). Lines inside fenced code blocks
/// (``` or ~~~, closed by a fence of the same character at least as long) are text, never
/// headings. HTML comments outside code blocks are left out (Trainer-generated cards open with
/// one). Each section's text stops at the next heading of any level and is trimmed.
MarkdownOutline outlineMarkdown(const QString &markdown);

} // namespace Quorum
