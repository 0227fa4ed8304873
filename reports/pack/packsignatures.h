// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum::Reports {

/// A detached signature of a pack and the file it signs.
struct DetachedPair
{
    QString signatureName; ///< e.g. "decisions/decision-12.p7s"
    QByteArray signature;  ///< DER
    QString contentName;   ///< e.g. "decisions/decision-12.json"
    QByteArray content;
};

/// Checks @p pair with the pinned certificate @p certificatePem at @p at (verifyDetachedAt).
/// nullopt when it holds; otherwise the problem, naming the file to blame: the content when
/// it no longer matches the digest the signature carries (changed after signing), else the
/// signature (damaged, another signer, a certificate not valid then).
std::optional<PackProblem> checkDetachedPair(const DetachedPair &pair,
                                             const QByteArray &certificatePem, const QDateTime &at);

/// The messageDigest signed attribute of CMS signature @p der: the SHA-256 (32 bytes) of the
/// content it signs; empty when it has none.
QByteArray signedMessageDigest(const QByteArray &der);

/// The DER bytes of the PEM certificate @p pem; empty when it is not PEM.
QByteArray certificateDer(const QByteArray &pem);

} // namespace Quorum::Reports
