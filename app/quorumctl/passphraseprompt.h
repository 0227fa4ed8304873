// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Cli {

/// What the passphrase is for: a new key file is asked for twice, an existing one once.
enum class PassphrasePurpose {
    OpenKeyFile,
    ProtectNewKeyFile,
};

/// The passphrase of @p keyFile: the QUORUM_PASSPHRASE environment variable when it is set
/// (even to an empty value, which the caller then refuses), else asked on the terminal
/// without echo. Throws UsageError when stdin is not a terminal and the variable is unset,
/// when the two entries for a new file differ, or when the terminal is closed.
QString readPassphrase(PassphrasePurpose purpose, const QString &keyFile);

/// The passphrase of @p keyFile for opening it: the first line of @p passphraseFile (without
/// its line break) when that is not empty, else as readPassphrase(OpenKeyFile). Throws
/// UsageError naming @p passphraseFile when it cannot be read.
QString readPassphrase(const QString &keyFile, const QString &passphraseFile);

} // namespace Quorum::Cli
