// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace Quorum::Reports {

Document &Document::add(Block block)
{
    blocks.push_back(std::move(block));
    return *this;
}

Document &Document::heading(int level, const QString &text, const QString &anchor)
{
    return add(Heading{level, text, anchor});
}

Document &Document::paragraph(const QString &text, ParagraphStyle style)
{
    return add(Paragraph{text, style});
}

} // namespace Quorum::Reports
