// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

namespace Quorum::Test {

/// The fixed sample of the PDF tests: every kind of block, a page break, a line and a bar
/// chart with a reference line, a signature. Document id "QRM-TEST-1-20261120".
Reports::Document pdfSampleDocument();
/// A document with the sample's title and id and only @p blocks.
Reports::Document pdfDocumentWith(std::vector<Reports::Block> blocks);
/// A table of @p rows rows "row-001" … with the header "Evaluation metric", "Observed value",
/// "Threshold", "Result"; every third row failed, every fifth a gap.
Reports::Table pdfLongTable(int rows);
/// The sample's signature: Dana Smith approving at 2026-11-16 10:03:55 UTC, verified.
Reports::SignatureBlock pdfSampleSignature();

} // namespace Quorum::Test
