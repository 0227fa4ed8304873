// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpaginator.h"

namespace Quorum::Reports::Pdf {

namespace {

double boxHeight(const PdfFlow &flow, std::size_t index)
{
    const PdfBox *box = flow.at(index).box.get();
    return box ? box->height() : 0.0;
}

/// Height of item @p index and the items it is kept with; just its own height when the chain
/// would not fit on any page anyway.
double keptHeight(const PdfFlow &flow, std::size_t index, double bodyHeight)
{
    double height = boxHeight(flow, index);
    for (std::size_t next = index; next + 1 < flow.size() && flow.at(next).keepWithNext; ++next) {
        const PdfFlowItem &following = flow.at(next + 1);
        if (!following.box) {
            break;
        }
        height += following.spaceBefore + following.box->height();
    }
    return height > bodyHeight ? boxHeight(flow, index) : height;
}

class Paginator
{
public:
    Paginator(const PdfFlow &flow, double bodyHeight)
        : m_flow(flow)
        , m_bodyHeight(bodyHeight)
    {
        m_pages.emplace_back();
    }

    void place(std::size_t index)
    {
        const PdfFlowItem &item = m_flow.at(index);
        if (!item.box) {
            newPage();
            return;
        }
        if (!m_pages.back().empty()
            && m_y + item.spaceBefore + keptHeight(m_flow, index, m_bodyHeight) > m_bodyHeight) {
            newPage();
        }
        if (m_pages.back().empty() && item.repeatHeader >= 0) {
            put(static_cast<std::size_t>(item.repeatHeader), 0.0);
        }
        put(index, m_pages.back().empty() ? 0.0 : item.spaceBefore);
    }

    std::vector<PdfPage> pages() const { return m_pages; }

private:
    void newPage()
    {
        if (!m_pages.back().empty()) {
            m_pages.emplace_back();
            m_y = 0.0;
        }
    }

    void put(std::size_t index, double spaceBefore)
    {
        m_y += spaceBefore;
        m_pages.back().push_back(PdfPlacement{static_cast<int>(index), m_y});
        m_y += boxHeight(m_flow, index);
    }

    const PdfFlow &m_flow;
    double m_bodyHeight;
    std::vector<PdfPage> m_pages;
    double m_y = 0.0;
};

} // namespace

std::vector<PdfPage> paginatePdfFlow(const PdfFlow &flow, double bodyHeight)
{
    Paginator paginator(flow, bodyHeight);
    for (std::size_t index = 0; index < flow.size(); ++index) {
        paginator.place(index);
    }
    return paginator.pages();
}

} // namespace Quorum::Reports::Pdf
