// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace Quorum::Reports {

struct PackManifest;
struct PackedDecision;

/// VERIFY.txt of an audit pack: plain text for an auditor saying what the pack is and what it
/// holds, followed by a block of bash commands (between "# ----- begin commands" and
/// "# ----- end commands" lines) that check it by hand with stock OpenSSL and coreutils from
/// the unzipped folder: each certificate's fingerprint, the manifest's signature, every file's
/// SHA-256 (sha256sum -c and openssl dgst) and every decision's signature. @p manifest lists
/// every file but VERIFY.txt itself (its digest is looked up in MANIFEST.json).
QByteArray verifyText(const PackManifest &manifest, const std::vector<PackedDecision> &decisions);

} // namespace Quorum::Reports
