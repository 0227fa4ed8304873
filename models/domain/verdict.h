// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Quorum {

/// What a signer decides about a release request (SPEC §2).
enum class Verdict {
    Approve,
    ApproveWithConditions,
    Reject,
    RequestChanges,
    Waiver, ///< lets a failed threshold check pass; only the roles the policy names
};

/// Stable key as stored and signed, e.g. "approve_with_conditions".
QString verdictKey(Verdict verdict);
/// Accepts the stored key or the command-line spelling ("approve-with-conditions").
std::optional<Verdict> verdictFromKey(QStringView key);
/// The meaning a signature manifests (21 CFR 11.50), e.g. "Approved with conditions".
QString verdictMeaning(Verdict verdict);
/// Whether the verdict counts toward a quorum of approvals.
bool isApproval(Verdict verdict);

} // namespace Quorum
