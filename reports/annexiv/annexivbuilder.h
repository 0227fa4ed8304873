// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QString>

#include <vector>

namespace Quorum::Reports {

struct ReportContext;
struct VersionEvidence;

/// How well the database covers one item of Annex IV.
enum class ReadinessStatus {
    Evidence, ///< filled from database evidence
    Default,  ///< filled with a documented default (point 7: no harmonised standards cited)
    Gap,      ///< no evidence: the provider must add it
};

/// One line of the readiness summary at the front of the document.
struct ReadinessItem
{
    QString item;  ///< "1(a)", "2(g)", "3", "7", …
    QString title; ///< short title, e.g. "Intended purpose, provider, version"
    ReadinessStatus status = ReadinessStatus::Gap;
    QString
        source; ///< where it came from, e.g. "models #7; model_versions #12"; or what is missing
};

/// The Annex IV document and its readiness summary.
struct AnnexIvDocument
{
    Document document;
    std::vector<ReadinessItem> readiness; ///< one per item, in Annex IV order
};

/// Builds the technical documentation of Annex IV of Regulation (EU) 2024/1689 for one model
/// version: title block, readiness summary (item, status, source), one section per point 1–9
/// with every sub-item 1(a)–(h), 2(a)–(h) and the four topics of point 3 — each filled from
/// @p evidence with its source cited, or marked as a gap — and Annex V (EU declaration of
/// conformity) as an appendix filled where data exists. Point 2(g) lists the dated test
/// reports (evaluations, fairness, decisions) with their signature manifestations. A pure
/// function of its arguments.
AnnexIvDocument buildAnnexIv(const VersionEvidence &evidence, const ReportContext &context);

} // namespace Quorum::Reports
