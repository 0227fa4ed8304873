// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateinfo.h"

#include <QString>

#include <memory>

namespace Quorum {

struct IdentityAccess;

/// A signing identity: a private key with its certificate chain, opened from a PKCS#12 file.
/// It lives in memory only (QCA keeps the key; nothing is written to the database or to disk).
/// Movable, not copyable. Any thread, one thread at a time. Destroy it before the
/// QCoreApplication: QCA deinitialises itself when the application object is destroyed, and a
/// key destroyed after that (a static, say) crashes.
class Identity
{
public:
    /// Opens @p p12Path with @p passphrase. Throws CryptoError whose message names the file:
    /// - Io: the file is missing or unreadable;
    /// - BadFile: not a PKCS#12 file, or it holds no certificate (checked before QCA sees the
    ///   file: QCA 2.3.10 crashes on a key without a certificate), or its key cannot sign or
    ///   does not belong to its certificate;
    /// - WrongPassphrase: the passphrase does not open it. QCA reports a PKCS#12 file that
    ///   holds no private key the same way, and the message says so.
    /// The passphrase goes to QCA as a SecureArray and is not kept after loading.
    static Identity load(const QString &p12Path, const QString &passphrase);

    Identity(Identity &&other) noexcept;
    Identity &operator=(Identity &&other) noexcept;
    Identity(const Identity &) = delete;
    Identity &operator=(const Identity &) = delete;
    ~Identity();

    /// The certificate of the signing key (the first of the chain). Not on a moved-from object.
    const CertificateInfo &certificate() const;

private:
    friend struct IdentityAccess;
    struct Private;
    explicit Identity(std::unique_ptr<Private> d);

    std::unique_ptr<Private> m_d;
};

} // namespace Quorum
