// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QString>

namespace Quorum {

/// Reads a whole file for an importer: refuses a missing or unreadable file, a directory, and
/// a file over @p maxBytes (checked before reading) — each an ImportError naming the file.
QByteArray readImportFile(const QString &path, qint64 maxBytes, const ImportLimits &limits);

/// Throws ImportError(TooLarge) "FILE[: LOCATION]: 2.0 KiB, over the limit of 1.0 KiB for this
/// kind of file" when @p size is over @p maxBytes while size limits apply (for bytes already
/// in memory, or a part of a file such as a card's front matter).
void requireWithinLimit(qint64 size, qint64 maxBytes, const ImportLimits &limits,
                        const QString &file, const QString &location = {});

/// Checks that @p bytes is UTF-8 text: no invalid or overlong sequences, no NUL bytes, no
/// other control characters than tab, CR and LF. A leading byte-order mark is allowed; one
/// inside the text is refused.
/// Throws ImportError(Malformed) with "line L, column C" of the first bad byte, saying
/// "invalid UTF-8 (byte 0xFF)" or "binary data (byte 0x00), expected text".
void requireUtf8Text(const QByteArray &bytes, const QString &file);

/// The 1-based line and column (in characters) of byte @p offset in @p bytes, as
/// "line L, column C".
QString lineColumnAt(const QByteArray &bytes, qint64 offset);

} // namespace Quorum
