// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"
#include "verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// Whether a person decided at the workbench or a pipeline decided under the release SOP's
/// automated mode (DEPLOY_APPROVAL=y); both are signed and policy-checked.
enum class DecisionMode {
    Interactive,
    Automated,
};

QString decisionModeKey(DecisionMode mode);
std::optional<DecisionMode> decisionModeFromKey(QStringView key);

/// A signed decision on a release request (SPEC §2, §4). The statement is the canonical JSON
/// that was signed; the signature is a detached CMS signature over exactly those bytes.
struct Decision
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 personId = 0;
    Role role = Role::Reviewer; ///< the role the person signed in
    Verdict verdict = Verdict::Approve;
    QString rationale;
    QString conditions;
    DecisionMode mode = DecisionMode::Interactive;
    QDateTime decidedAt;       ///< UTC, as in the statement
    QDateTime waiverExpiresAt; ///< waivers only
    QByteArray statementJson;  ///< the signed bytes
    QByteArray signature;      ///< DER CMS SignedData
    QString certificateFingerprint;
    std::optional<qint64> checkpointId;
};

} // namespace Quorum
