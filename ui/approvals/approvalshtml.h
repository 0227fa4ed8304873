// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPalette;

namespace Quorum {
struct Decision;
}

namespace Quorum::Ui {

struct ApprovalRequest;
struct ApprovalsSnapshot;

/// The signature manifestation of a decision (SPEC §4, 21 CFR 11.50) as one line: the meaning,
/// the signer's printed name, the role and the date and time, e.g. "Approved — signed by Ada
/// Byrne as AI-IRB reviewer on 2026-11-16 09:12:44 UTC".
QString signatureManifestation(const Decision &decision, const QString &signerName);

/// The detail of one release request as HTML for a QTextBrowser: the request, its threshold
/// checks (threshold, actual, pass or fail, waiver) and each decision with its signature
/// manifestation, rationale, conditions, certificate fingerprint and whether the signature
/// verifies. Status colours follow @p palette (light or dark); words carry the meaning too.
QString approvalRequestHtml(const ApprovalRequest &row, const ApprovalsSnapshot &snapshot,
                            const QPalette &palette);

} // namespace Quorum::Ui
