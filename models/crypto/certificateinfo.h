// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Quorum {

/// What Quorum shows and stores about an X.509 certificate (the public part only; the database
/// keeps @c pem). A plain value: no QCA types, safe to copy between threads.
struct CertificateInfo
{
    QString commonName;        ///< subject CN, decoded as UTF-8
    QString email;             ///< SAN rfc822Name, else the subject's emailAddress; may be empty
    QString fingerprintSha256; ///< SHA-256 of the DER encoding: 64 lower-case hex digits
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    QByteArray pem;            ///< the certificate, PEM ("-----BEGIN CERTIFICATE-----")
    bool selfSigned = false;   ///< issuer equals subject and the certificate's own key verifies it
    bool canSign = false; ///< key usage allows digitalSignature (or has no key-usage extension)
    bool nonRepudiation = false; ///< key usage has nonRepudiation (contentCommitment)
    /// Whether QCA can check signatures made with this certificate's key: RSA (or DSA) with a
    /// known signature algorithm. EC keys are not supported by QCA's OpenSSL plugin.
    bool keySupported = false;

    /// True when @p moment lies within [notBefore, notAfter]. Expiry is data, never an error.
    bool isValidAt(const QDateTime &moment) const
    {
        return moment >= notBefore && moment <= notAfter;
    }
};

namespace Crypto {

/// Reads the certificate in @p path: PEM or DER X.509. Throws CryptoError naming the file:
/// Io (missing or unreadable), WrongPassphrase (a PKCS#12 file: use the overload with the
/// passphrase), BadFile (anything else). An expired certificate is returned, not refused.
CertificateInfo readCertificate(const QString &path);

/// As above, and also opens a PKCS#12 file with @p passphrase (errors as Identity::load).
/// @p passphrase is ignored for PEM and DER files.
CertificateInfo readCertificate(const QString &path, const QString &passphrase);

/// Parses a PEM certificate (as stored in the database). Throws CryptoError (BadFile).
CertificateInfo certificateFromPem(const QByteArray &pem);

} // namespace Crypto
} // namespace Quorum
