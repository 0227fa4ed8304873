// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governancetext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Quorum::Cli::GovernanceJson {

/// An ISO-8601 UTC time ("2026-11-16T10:03:55Z"), or null.
QJsonValue time(const QDateTime &time);
/// {name, comparator, threshold, actual (null when missing), passed, detail}.
QJsonObject check(const ThresholdCheck &check);
QJsonArray checks(const std::vector<ThresholdCheck> &checks);
/// {outcome, requirements: [{role, label, approvals, count, of, met, progress}]}.
QJsonObject tally(const Tally &tally);
/// A decision with its signature manifestation: signer, signed_at, meaning, role…
QJsonObject decision(const Decision &decision, const GovernanceText::Signer &signer);

} // namespace Quorum::Cli::GovernanceJson
