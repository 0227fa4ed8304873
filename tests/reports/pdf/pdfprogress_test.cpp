// SPDX-License-Identifier: GPL-3.0-or-later
// Progress per page and cancellation.
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "pdf/pdfrenderer.h"
#include "pdfsampledocument.h"
#include "pdftesttools.h"

#include <catch2/catch_test_macros.hpp>

#include <atomic>

using namespace Quorum;

TEST_CASE("A cancelled PDF export throws a Cancelled report error", "[reports]")
{
    std::atomic_bool cancel{true};
    const Reports::ReportProgress progress({}, &cancel);
    bool thrown = false;
    try {
        Reports::renderPdf(Test::pdfSampleDocument(), progress);
    } catch (const Reports::ReportError &error) {
        thrown = true;
        CHECK(error.kind() == Reports::ReportError::Kind::Cancelled);
    }
    CHECK(thrown);
}

TEST_CASE("The PDF export reports one step per page up to the page count", "[reports]")
{
    std::vector<std::pair<int, int>> steps;
    QStringList names;
    const Reports::ReportProgress progress(
        [&](int done, int total, const QString &what) {
            steps.emplace_back(done, total);
            names << what;
        },
        nullptr);
    const QByteArray pdf = Reports::renderPdf(Test::pdfSampleDocument(), progress);
    const int pages = Test::pdfPageCount(pdf);
    REQUIRE(static_cast<int>(steps.size()) == pages);
    CHECK(steps.back() == std::make_pair(pages, pages));
    CHECK(names.first() == QStringLiteral("Page 1"));
}
