// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Quorum::Crypto {

/// SHA-256 of @p data (through QCA) as 64 lower-case hex digits.
QString sha256Hex(const QByteArray &data);

/// SHA-256 of the file at @p path, read in blocks; empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace Quorum::Crypto
