// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "domain/verdict.h"

#include <QString>

namespace Quorum {
struct DecisionOutcome;
struct DecisionSituation;
} // namespace Quorum

namespace Quorum::Ui {

/// What a signature means, in words the signer reads before signing, e.g. "By signing you
/// approve Card fraud detector 1.2.0 (Staging → Production, request #12) as AI-IRB reviewer.
/// This is your electronic signature; it carries the meaning “Approved”, your printed name and
/// the date and time."
QString signingStatement(const DecisionSituation &situation, Verdict verdict, Role role);

/// What recording a decision on request @p requestId did, in a few lines: the request's status
/// now, the quorum, where the approval record was written and any file not written.
QString outcomeText(qint64 requestId, const DecisionOutcome &outcome);

/// The verdict as the sign dialog offers it, e.g. "Approve with conditions".
QString verdictChoice(Verdict verdict);

} // namespace Quorum::Ui
