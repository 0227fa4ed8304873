// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importplan.h"
#include "importers/apply/importrequest.h"

#include <QJsonObject>
#include <QString>

/// How 'quorumctl import' prints what an import did or would do.
namespace Quorum::Cli::ImportOutput {

/// The summary for people. Applied: "Imported Evidently report drift.json into
/// fraud-detection@2.1.0:" with the new and unchanged counts and the warnings. Dry run:
/// "Dry run: importing … would add:", the same counts, one line per planned change ("+ …"
/// new, "= …" already there) and "Nothing was written.". When nothing is new: "Nothing to
/// import: everything in FILE is already in the database (N items unchanged).", or when
/// the source holds nothing to import at all "Nothing to import: FILE holds nothing Quorum
/// imports." (the warnings say what was passed over).
QString text(const ImportPlan &plan, const ImportRequest &request, bool dryRun);

/// ImportPlan::toJson() with "dry_run" and "applied" (whether anything was written).
QJsonObject json(const ImportPlan &plan, bool dryRun);

} // namespace Quorum::Cli::ImportOutput
