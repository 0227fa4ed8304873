// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmlrenderer.h"
#include "render/markdownrenderer.h"
#include "reportfixture.h"
#include "sampledocument.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Reports;

TEST_CASE("The sample document renders to the golden HTML", "[reports]")
{
    Quorum::Test::checkGolden(QStringLiteral("text_sample.html"),
                              QString::fromUtf8(renderHtml(Quorum::Test::sampleDocument())));
}

TEST_CASE("The sample document renders to the golden Markdown", "[reports]")
{
    Quorum::Test::checkGolden(QStringLiteral("text_sample.md"),
                              QString::fromUtf8(renderMarkdown(Quorum::Test::sampleDocument())));
}
