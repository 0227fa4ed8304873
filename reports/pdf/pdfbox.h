// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <memory>
#include <vector>

class QPainter;

namespace Quorum::Reports::Pdf {

/// A piece of a page that is never split: a line of a paragraph, a heading, a table row, a
/// chart, a signature block. Measured once when it is made (text already wrapped), painted
/// from that measurement; all lengths in device pixels.
class PdfBox
{
public:
    virtual ~PdfBox() = default;
    PdfBox(const PdfBox &) = delete;
    PdfBox &operator=(const PdfBox &) = delete;

    virtual double height() const = 0;
    /// Paints the box with its top-left corner at @p topLeft.
    virtual void paint(QPainter &painter, QPointF topLeft) const = 0;

protected:
    PdfBox() = default;
};

/// A box in the flow of the document, with what pagination needs to know about it.
struct PdfFlowItem
{
    std::unique_ptr<PdfBox> box; ///< null for a page break
    double spaceBefore = 0.0;    ///< dropped at the top of a page
    bool keepWithNext = false;   ///< never the last box of a page when the next one follows
    int repeatHeader = -1;       ///< table rows: index of the header row repeated on a new page
};

using PdfFlow = std::vector<PdfFlowItem>;

/// Appends @p box to @p flow and returns the new item for its settings.
inline PdfFlowItem &pdfAppend(PdfFlow &flow, std::unique_ptr<PdfBox> box, double spaceBefore = 0.0)
{
    PdfFlowItem item;
    item.box = std::move(box);
    item.spaceBefore = spaceBefore;
    flow.push_back(std::move(item));
    return flow.back();
}

} // namespace Quorum::Reports::Pdf
