// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcode.h"

#include <QString>

/// The kinds of 'quorumctl export WHAT', one function each. The export command checks WHAT
/// and the positional arguments; each function reads its own options from the invocation and
/// throws UsageError, DatabaseError, CryptoError or Reports::ReportError like a command.
namespace Quorum::Cli {

class Invocation;

namespace Exports {

/// 'export approval-record REQUEST [--out FILE]' (exportapprovalrecord.cpp).
ExitCode approvalRecord(const Invocation &invocation);
/// 'export annex-iv --model M --version V --out FILE' (exportversionreports.cpp).
ExitCode annexIv(const Invocation &invocation);
/// 'export model-card --model M --version V --out FILE' (exportversionreports.cpp).
ExitCode modelCard(const Invocation &invocation);
/// 'export fairness --model M --version V --out FILE' (exportversionreports.cpp).
ExitCode fairness(const Invocation &invocation);
/// 'export release-log [--out FILE]' (exportreleaselog.cpp).
ExitCode releaseLog(const Invocation &invocation);
/// 'export audit-pack SCOPE --key FILE.p12 --out FILE.zip' (exportauditpack.cpp).
ExitCode auditPack(const Invocation &invocation);

/// The absolute, native form of @p path, as exports print it.
QString displayPath(const QString &path);

} // namespace Exports
} // namespace Quorum::Cli
