// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Quorum::Reports {

/// Checks that @p der is laid out exactly as Crypto::signDetached() writes a detached CMS
/// signature: one DER ContentInfo filling the file, SignedData version 1 with SHA-256 as its
/// only digest algorithm, detached id-data content, @p certificateDer as its only certificate,
/// no CRLs, one SignerInfo of version 1 or 3. These are the parts a signature check does not
/// depend on, so without this a byte of them could change unnoticed. Returns the first
/// difference in words, or an empty string. Only for signatures Quorum made itself (the
/// pack's manifest signature): other tools lay CMS out differently.
QString cmsLayoutProblem(const QByteArray &der, const QByteArray &certificateDer);

} // namespace Quorum::Reports
