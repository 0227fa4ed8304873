// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum::Reports {

struct Document;
struct ReportContext;
struct VersionEvidence;

/// Small helpers the report builders share.
namespace BuilderHelpers {

/// "Card fraud detector 2.1.0": the model's display name (its machine name when it has none)
/// and the version number.
QString versionTitle(const VersionEvidence &evidence);

/// The printed name of person @p personId among the people @p evidence names (owner, creator,
/// submitters, signers, risk assessor), then among @p others; "person #7" when none of them.
QString personName(const VersionEvidence &evidence, qint64 personId,
                   const std::vector<Person> &others = {});

/// @p value with no decimals when it is a whole number, else with ReportContext::number's
/// four: "2", "0.8195".
QString measured(std::optional<double> value, const ReportContext &context);

/// "20261120": the date of context.now in the context's time zone, for document ids.
QString documentDate(const ReportContext &context);

/// The first 12 hex digits of a SHA-256 and an ellipsis; "—" when empty.
QString shortHash(const QString &sha256);

/// Adds @p text as a paragraph, or the note "Not stated in the model card." when it is blank.
void textOrNote(Document &document, const QString &text);

/// Adds @p items as a bullet list, or the note "Not stated in the model card." when empty.
void bulletsOrNote(Document &document, const QStringList &items);

} // namespace BuilderHelpers

} // namespace Quorum::Reports
