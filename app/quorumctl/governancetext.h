// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/decision.h"
#include "domain/releaserequest.h"
#include "governance/quorumtally.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Quorum {
class Database;
} // namespace Quorum

/// How quorumctl shows governance facts to people: threshold checks, quorum progress and
/// signatures. Every signature states the signer's name, the date and time in UTC and the
/// meaning of the signature (21 CFR 11.50).
namespace Quorum::Cli::GovernanceText {

/// Who signed a decision: the name and e-mail address in the signed statement (the person's
/// record when the statement cannot be read).
struct Signer
{
    QString name;
    QString email;
};
Signer signerOf(Database &db, const Decision &decision);

/// "2026-11-16 10:03:55 UTC", or "-" for an invalid time.
QString utc(const QDateTime &time);
/// A check's actual value, or "missing" when the evidence is.
QString actualText(const ThresholdCheck &check);
/// The checks as a table (CHECK, VALUE, THRESHOLD, RESULT, DETAIL), each line indented.
QString checksTable(const std::vector<ThresholdCheck> &checks, const QString &indent);

/// "reviewer 3 of 4 (of 5)".
QString progress(const RequirementProgress &progress);
/// "approved", "pending"…
QString outcomeKey(TallyOutcome outcome);
/// One line per requirement: "reviewer 1 of 1 (Peer reviewer): met".
QString tallyLines(const Tally &tally, const QString &indent);

/// "Signed by Jane Doe <jane@example.org> on 2026-11-16 10:03:55 UTC, meaning: Approved
/// (as reviewer)".
QString manifestation(const Decision &decision, const Signer &signer);
/// The manifestation with the decision's id, rationale, conditions and waiver expiry.
QString decisionBlock(const Decision &decision, const Signer &signer, const QString &indent);

} // namespace Quorum::Cli::GovernanceText
