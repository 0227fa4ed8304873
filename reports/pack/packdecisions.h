// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include <map>

namespace Quorum::Reports {

class PackCheck;

/// Each certificates/<sha256>.pem of the pack: a PEM certificate whose SHA-256 fingerprint
/// is its name. Returns the sound ones by fingerprint; each other one is a problem.
std::map<QString, QByteArray> checkPackCertificates(PackCheck &check);

/// Each decisions/decision-<id>.p7s verifies over decisions/decision-<id>.json with the
/// certificate the statement names, at the statement's time. Returns the ids that hold;
/// counts the signatures checked in the report.
QSet<qint64> checkPackDecisions(PackCheck &check,
                                const std::map<QString, QByteArray> &certificates);

/// Each approvals/*.json is a JSON object whose signatures equal the pack's statement and
/// signature files of the decisions in @p soundDecisions.
void checkPackApprovalRecords(PackCheck &check, const QSet<qint64> &soundDecisions);

} // namespace Quorum::Reports
