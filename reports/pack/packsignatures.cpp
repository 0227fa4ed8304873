// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsignatures.h"

#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "crypto/sha256.h"

#include <QCoreApplication>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

// id-messageDigest (1.2.840.113549.1.9.4) as a DER OID, then SET { OCTET STRING (32) }.
constexpr char kDigestOid[] = "\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x09\x04";
constexpr char kDigestValue[] = "\x31\x22\x04\x20";

} // namespace

QByteArray signedMessageDigest(const QByteArray &der)
{
    const QByteArray oid(kDigestOid, sizeof kDigestOid - 1);
    const QByteArray value(kDigestValue, sizeof kDigestValue - 1);
    const qsizetype at = der.indexOf(oid);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + oid.size();
    if (der.mid(start, value.size()) != value || der.size() < start + value.size() + 32) {
        return {};
    }
    return der.mid(start + value.size(), 32);
}

QByteArray certificateDer(const QByteArray &pem)
{
    QByteArray base64;
    bool inside = false;
    for (const QByteArray &rawLine : pem.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line == "-----BEGIN CERTIFICATE-----") {
            inside = true;
        } else if (line == "-----END CERTIFICATE-----") {
            return inside ? QByteArray::fromBase64(base64) : QByteArray();
        } else if (inside) {
            base64 += line;
        }
    }
    return {};
}

std::optional<PackProblem> checkDetachedPair(const DetachedPair &pair,
                                             const QByteArray &certificatePem, const QDateTime &at)
{
    SignatureCheck check;
    try {
        check = Crypto::verifyDetachedAt(pair.signature, pair.content, certificatePem, at);
    } catch (const CryptoError &error) {
        return PackProblem{pair.signatureName, error.message()};
    }
    if (check.valid) {
        return std::nullopt;
    }
    if (check.status == SignatureStatus::ContentMismatch) {
        const QByteArray digest = signedMessageDigest(pair.signature);
        const QByteArray actual = QByteArray::fromHex(Crypto::sha256Hex(pair.content).toLatin1());
        if (!digest.isEmpty() && digest != actual) {
            return PackProblem{pair.contentName,
                               tr("changed after it was signed: its SHA-256 differs from the "
                                  "digest signed in %1")
                                   .arg(pair.signatureName)};
        }
    }
    return PackProblem{
        pair.signatureName,
        tr("the signature of %1 does not hold: %2").arg(pair.contentName, check.problem)};
}

} // namespace Quorum::Reports
