// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importplan.h"

#include <QString>

namespace Quorum::Ui {

/// The words File → Import… uses for a plan, all translated.

/// "drift observation" for 1, "drift observations" otherwise.
QString changeNoun(ChangeKind kind, int count);
/// What a preview row is, capitalised: "Drift observation".
QString changeKindName(ChangeKind kind);
/// "New" or "Unchanged".
QString changeStatusName(ChangeStatus status);
/// The preview's one line: "15 new drift observations, 0 unchanged · 1 warning", or
/// "Nothing new: the database already holds 15 drift observations" when nothing is new.
QString previewSummary(const ImportPlan &plan);
/// What an import wrote: "Imported 15 drift observations".
QString importedSummary(const ImportPlan &plan);

} // namespace Quorum::Ui
