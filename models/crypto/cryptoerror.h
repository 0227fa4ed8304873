// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace Quorum {

/// What went wrong with a key, a certificate or a signature.
enum class CryptoErrorKind {
    Unavailable,     ///< QCA or its OpenSSL plugin lacks a needed feature
    WrongPassphrase, ///< the PKCS#12 file did not open with the passphrase given
    BadFile,         ///< not a PKCS#12 / PEM file, or it holds no key or certificate
    Io,              ///< the file could not be read or written
    SigningFailed,
    InvalidInput,        ///< the caller's input cannot be used (empty passphrase, unencodable name)
    KeyGenerationFailed, ///< QCA did not produce a key, a certificate or a PKCS#12 file
};

/// Thrown by models/crypto. message() is user-facing and names the file where there is one.
class CryptoError final : public std::exception
{
public:
    CryptoError(CryptoErrorKind kind, QString message, QString detail = {});

    CryptoErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    CryptoErrorKind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace Quorum
