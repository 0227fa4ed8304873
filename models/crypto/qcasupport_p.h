// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/crypto: helpers shared by the .cpp files that talk to QCA. Includes
// <QtCrypto>, so no public header may include this one.

#include "certificateinfo.h"

#include <QString>
#include <QtCrypto>

namespace Quorum::Crypto::Internal {

/// The translated text (context "Quorum::Crypto").
QString tr(const char *text);

/// @p path as the user would type it, for messages.
QString displayPath(const QString &path);

/// @p passphrase as UTF-8 in QCA's secure memory; the temporary plain copy is wiped.
QCA::SecureArray toSecureArray(const QString &passphrase);

/// Undoes QCA 2.3's reading of certificate name bytes as Latin-1: UTF8String values (what QCA
/// itself writes) come back as mojibake ("Ã„" for "Ä"). Bytes that are not valid UTF-8 keep
/// the Latin-1 reading.
QString decodeQcaText(const QString &text);

/// True when @p cert's issuer equals its subject and its own public key verifies its
/// signature. QCA's Certificate::isSelfSigned() says false for a self-signed certificate whose
/// key usage lacks keyCertSign, which is exactly what Quorum's signing certificates look like.
bool isSelfSigned(const QCA::Certificate &cert);

/// The plain description of @p cert (which must not be null).
CertificateInfo describe(const QCA::Certificate &cert);

} // namespace Quorum::Crypto::Internal
