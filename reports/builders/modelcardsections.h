// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Quorum::Reports {

struct Document;
struct ReportContext;
struct VersionEvidence;

/// The sections of the model card report, one function per Model Card Toolkit section. Each
/// adds its numbered heading and every sub-heading, saying so where the card is silent.
namespace ModelCardSections {

/// "1 Model details": overview, documentation, owners, version, licences, references,
/// citations.
void addModelDetails(Document &document, const QJsonObject &details);

/// "2 Model parameters": architecture, data (0.0.2 list or 0.0.1 train/eval), input and output
/// format.
void addModelParameters(Document &document, const QJsonObject &parameters);

/// "3 Quantitative analysis": performance metrics as a table (the version's stored evaluations
/// when the card lists none) and the graphics' descriptions.
void addQuantitativeAnalysis(Document &document, const QJsonObject &analysis,
                             const VersionEvidence &evidence, const ReportContext &context);

/// "4 Considerations": users, use cases, limitations, trade-offs, ethical considerations.
void addConsiderations(Document &document, const QJsonObject &considerations);

/// "5 Other fields": the fields of @p card the sections above do not show, by key path;
/// nothing when there are none.
void addOtherFields(Document &document, const QJsonObject &card);

} // namespace ModelCardSections

} // namespace Quorum::Reports
