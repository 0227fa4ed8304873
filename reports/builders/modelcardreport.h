// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

namespace Quorum::Reports {

struct ReportContext;
struct VersionEvidence;

/// The model card of a version in the sections of Google's Model Card Toolkit: model details
/// (overview, owners, version, licences, references, citations), model parameters
/// (architecture, data, input/output format), quantitative analysis (performance metrics,
/// graphics as charts), considerations (users, use cases, limitations, trade-offs, ethical
/// considerations with mitigations). Reads both MCT schema 0.0.1 and 0.0.2 content; fields
/// it does not know are listed under "Other fields" rather than dropped. A version without a
/// card gives a document saying so. Pure.
Document buildModelCardReport(const VersionEvidence &evidence, const ReportContext &context);

} // namespace Quorum::Reports
