// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"

#include <vector>

namespace Quorum::Reports::Pdf {

/// Where a box of the flow goes on its page: @p y from the top of the body area.
struct PdfPlacement
{
    int item = 0;
    double y = 0.0;
};

using PdfPage = std::vector<PdfPlacement>;

/// Cuts @p flow into pages whose body is @p bodyHeight tall. Honours page breaks (a break on
/// an empty page adds no page), keep-with-next chains (moved to the next page together when
/// they fit on one page) and repeats a table's header row above a row that starts a page. A
/// box taller than a page gets a page of its own and overflows it (the painter clips it);
/// every box is placed exactly once, so this always ends. Always at least one page.
std::vector<PdfPage> paginatePdfFlow(const PdfFlow &flow, double bodyHeight);

} // namespace Quorum::Reports::Pdf
