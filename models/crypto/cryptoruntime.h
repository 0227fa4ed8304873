// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum::Crypto {

/// Initialises QCA once for the whole process (thread-safe) and checks that the OpenSSL
/// plugin provides SHA-256, RSA, X.509, PKCS#12 and CMS. Every function of models/crypto calls
/// it; callers need not. Throws CryptoError (Unavailable) naming what is missing.
void ensureReady();

} // namespace Quorum::Crypto
