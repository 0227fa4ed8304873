// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmssignerinfo_p.h"

#include "der_p.h"

namespace Quorum::Crypto::Internal {

namespace {

using Nodes = QList<DerNode>;

constexpr quint8 kTagInteger = 0x02;
constexpr quint8 kTagBitString = 0x03;
constexpr quint8 kTagOctetString = 0x04;
constexpr quint8 kTagNull = 0x05;
constexpr quint8 kTagOid = 0x06;
constexpr quint8 kTagSequence = 0x30;
constexpr quint8 kTagSet = 0x31;
constexpr quint8 kTagImplicit0 = 0x80; // [0] primitive: subjectKeyIdentifier
constexpr quint8 kTagContext0 = 0xA0;  // [0] constructed
constexpr quint8 kTagContext1 = 0xA1;  // [1] constructed
constexpr quint8 kTagContext3 = 0xA3;  // [3] constructed: certificate extensions
constexpr char kSetOfTag = kTagSet;    // signedAttrs are signed as SET OF (RFC 5652 §5.4)

constexpr QByteArrayView kOidSignedData("\x2A\x86\x48\x86\xF7\x0D\x01\x07\x02", 9);
constexpr QByteArrayView kOidContentType("\x2A\x86\x48\x86\xF7\x0D\x01\x09\x03", 9);
constexpr QByteArrayView kOidMessageDigest("\x2A\x86\x48\x86\xF7\x0D\x01\x09\x04", 9);
constexpr QByteArrayView kOidSubjectKeyId("\x55\x1D\x0E", 3);
constexpr QByteArrayView kOidCommonName("\x55\x04\x03", 3);

/// The children of @p node when it has tag @p tag.
std::optional<Nodes> childrenOf(QByteArrayView data, const DerNode &node, quint8 tag)
{
    if (node.tag() != tag) {
        return std::nullopt;
    }
    return readChildren(data, node);
}

bool isOid(QByteArrayView data, const DerNode &node, QByteArrayView oid)
{
    return node.tag() == kTagOid && node.value(data) == oid;
}

/// The OID of the AlgorithmIdentifier @p node when its parameters are absent or NULL.
std::optional<QByteArray> simpleAlgorithm(QByteArrayView data, const DerNode &node)
{
    const auto parts = childrenOf(data, node, kTagSequence);
    if (!parts || parts->isEmpty() || parts->size() > 2 || parts->first().tag() != kTagOid) {
        return std::nullopt;
    }
    if (parts->size() == 2
        && (parts->at(1).tag() != kTagNull || parts->at(1).header.valueLength != 0)) {
        return std::nullopt;
    }
    return parts->first().value(data).toByteArray();
}

/// The key id in the subjectKeyIdentifier extension of @p extensions ([3] EXPLICIT
/// Extensions); empty when there is none or it cannot be read.
QByteArray subjectKeyId(QByteArrayView der, const DerNode &extensions)
{
    const auto wrapper = childrenOf(der, extensions, kTagContext3);
    const auto list = wrapper && wrapper->size() == 1
        ? childrenOf(der, wrapper->first(), kTagSequence)
        : std::nullopt;
    for (const DerNode &extension : list.value_or(Nodes{})) {
        const auto fields = childrenOf(der, extension, kTagSequence);
        if (!fields || fields->size() < 2 || !isOid(der, fields->first(), kOidSubjectKeyId)) {
            continue;
        }
        const DerNode &value = fields->last();
        const auto keyId = value.tag() == kTagOctetString
            ? readNode(der.first(value.end), value.header.valueOffset)
            : std::nullopt;
        if (!keyId || keyId->end != value.end || keyId->tag() != kTagOctetString) {
            return {};
        }
        return keyId->value(der).toByteArray();
    }
    return {};
}

/// The first commonName in the Name @p node; empty when there is none or it cannot be read.
QString commonName(QByteArrayView der, const DerNode &name)
{
    for (const DerNode &rdn : childrenOf(der, name, kTagSequence).value_or(Nodes{})) {
        for (const DerNode &pair : childrenOf(der, rdn, kTagSet).value_or(Nodes{})) {
            const auto parts = childrenOf(der, pair, kTagSequence);
            if (parts && parts->size() == 2 && isOid(der, parts->first(), kOidCommonName)) {
                return readText(der, parts->at(1));
            }
        }
    }
    return {};
}

/// The algorithm OID of the SubjectPublicKeyInfo @p node (any parameters).
std::optional<QByteArray> publicKeyAlgorithm(QByteArrayView der, const DerNode &node)
{
    const auto parts = childrenOf(der, node, kTagSequence);
    if (!parts || parts->size() != 2 || parts->at(1).tag() != kTagBitString) {
        return std::nullopt;
    }
    const auto algorithm = childrenOf(der, parts->first(), kTagSequence);
    if (!algorithm || algorithm->isEmpty() || algorithm->first().tag() != kTagOid) {
        return std::nullopt;
    }
    return algorithm->first().value(der).toByteArray();
}

/// The signature's one SignerIdentifier @p node: issuerAndSerialNumber or [0] key id.
std::optional<SignerIdentifier> signerIdentifier(QByteArrayView der, const DerNode &node)
{
    SignerIdentifier sid;
    if (node.tag() == kTagImplicit0) {
        sid.subjectKeyId = node.value(der).toByteArray();
        return sid.subjectKeyId.isEmpty() ? std::nullopt : std::optional(sid);
    }
    const auto parts = childrenOf(der, node, kTagSequence);
    if (!parts || parts->size() != 2 || parts->first().tag() != kTagSequence
        || parts->at(1).tag() != kTagInteger || !parts->first().header.isDefinite()) {
        return std::nullopt;
    }
    sid.issuer = parts->first().encoding(der).toByteArray();
    sid.serialNumber = parts->at(1).value(der).toByteArray();
    return sid;
}

/// The single value of the attribute whose values are @p values when it has tag @p tag.
std::optional<QByteArray> singleValue(QByteArrayView der, const DerNode &values, quint8 tag)
{
    const auto list = childrenOf(der, values, kTagSet);
    if (!list || list->size() != 1 || list->first().tag() != tag) {
        return std::nullopt;
    }
    return list->first().value(der).toByteArray();
}

/// Reads the signedAttrs @p node into @p info; false when they are malformed.
bool readSignedAttributes(QByteArrayView der, const DerNode &node, CmsSignerInfo &info)
{
    const auto attributes = childrenOf(der, node, kTagContext0);
    if (!attributes || !node.header.isDefinite()) {
        return false; // indefinite: not the DER that was signed
    }
    info.hasSignedAttributes = true;
    info.signedAttributes = node.encoding(der).toByteArray();
    info.signedAttributes[0] = kSetOfTag;
    for (const DerNode &attribute : *attributes) {
        const auto parts = childrenOf(der, attribute, kTagSequence);
        if (!parts || parts->size() != 2 || parts->first().tag() != kTagOid) {
            return false;
        }
        const QByteArrayView type = parts->first().value(der);
        if (type == kOidContentType) {
            const auto value = singleValue(der, parts->at(1), kTagOid);
            if (!value || !info.contentType.isEmpty() || value->isEmpty()) {
                return false;
            }
            info.contentType = *value;
        } else if (type == kOidMessageDigest) {
            const auto value = singleValue(der, parts->at(1), kTagOctetString);
            if (!value || info.messageDigest) {
                return false;
            }
            info.messageDigest = *value;
        }
    }
    return true;
}

/// Reads the SignerInfo @p node into @p info; false when it is malformed.
bool readSignerInfo(QByteArrayView der, const DerNode &node, CmsSignerInfo &info)
{
    const auto fields = childrenOf(der, node, kTagSequence);
    if (!fields || fields->size() < 5 || fields->first().tag() != kTagInteger) {
        return false;
    }
    const auto sid = signerIdentifier(der, fields->at(1));
    const auto digest = simpleAlgorithm(der, fields->at(2));
    if (!sid || !digest) {
        return false;
    }
    info.sid = *sid;
    info.digestAlgorithm = *digest;
    qsizetype next = 3;
    if (fields->at(next).tag() == kTagContext0) {
        if (!readSignedAttributes(der, fields->at(next), info)) {
            return false;
        }
        ++next;
    }
    const qsizetype unsignedCount = fields->last().tag() == kTagContext1 ? 1 : 0;
    if (fields->size() != next + 2 + unsignedCount) {
        return false;
    }
    const auto algorithm = simpleAlgorithm(der, fields->at(next));
    const DerNode &signature = fields->at(next + 1);
    if (!algorithm || signature.tag() != kTagOctetString || signature.header.valueLength == 0) {
        return false;
    }
    info.signatureAlgorithm = *algorithm;
    info.signature = signature.value(der).toByteArray();
    return true;
}

/// True when @p node is an EncapsulatedContentInfo of type id-data without content.
bool isDetachedData(QByteArrayView der, const DerNode &node)
{
    const auto parts = childrenOf(der, node, kTagSequence);
    return parts && parts->size() == 1 && isOid(der, parts->first(), Oid::kData);
}

/// Reads the optional certificates and CRLs between encapContentInfo and signerInfos.
bool readCertificateSets(QByteArrayView der, const Nodes &between, CmsSignerInfo &info)
{
    quint8 previous = 0;
    for (const DerNode &node : between) {
        if ((node.tag() != kTagContext0 && node.tag() != kTagContext1) || node.tag() <= previous) {
            return false; // at most one [0] certificates, then at most one [1] crls
        }
        previous = node.tag();
        const auto members = readChildren(der, node);
        if (!members) {
            return false;
        }
        for (const DerNode &member : *members) {
            if (node.tag() == kTagContext0 && member.tag() == kTagSequence
                && member.header.isDefinite()) {
                info.certificates.append(member.encoding(der).toByteArray());
            }
        }
    }
    return true;
}

} // namespace

bool CertificateFields::isNamedBy(const SignerIdentifier &sid) const
{
    if (!sid.subjectKeyId.isEmpty()) {
        return sid.subjectKeyId == subjectKeyId;
    }
    return !sid.issuer.isEmpty() && sid.issuer == issuer && sid.serialNumber == serialNumber;
}

std::optional<CertificateFields> readCertificateFields(QByteArrayView der)
{
    const auto certificate = readNode(der, 0);
    const auto parts = certificate && certificate->end == der.size()
        ? childrenOf(der, *certificate, kTagSequence)
        : std::nullopt;
    const auto tbs = parts && parts->size() == 3 ? childrenOf(der, parts->first(), kTagSequence)
                                                 : std::nullopt;
    if (!tbs) {
        return std::nullopt;
    }
    const qsizetype first = !tbs->isEmpty() && tbs->first().tag() == kTagContext0 ? 1 : 0;
    if (tbs->size() < first + 6 || tbs->at(first).tag() != kTagInteger
        || tbs->at(first + 2).tag() != kTagSequence) {
        return std::nullopt;
    }
    const auto validity = childrenOf(der, tbs->at(first + 3), kTagSequence);
    const auto keyAlgorithm = publicKeyAlgorithm(der, tbs->at(first + 5));
    if (!validity || validity->size() != 2 || !keyAlgorithm) {
        return std::nullopt;
    }
    CertificateFields fields;
    fields.der = der.toByteArray();
    fields.serialNumber = tbs->at(first).value(der).toByteArray();
    fields.issuer = tbs->at(first + 2).encoding(der).toByteArray();
    fields.commonName = commonName(der, tbs->at(first + 4));
    fields.notBefore = readTime(der, validity->first());
    fields.notAfter = readTime(der, validity->at(1));
    fields.publicKeyAlgorithm = *keyAlgorithm;
    for (qsizetype i = first + 6; i < tbs->size(); ++i) {
        if (tbs->at(i).tag() == kTagContext3) {
            fields.subjectKeyId = subjectKeyId(der, tbs->at(i));
        }
    }
    if (!fields.notBefore.isValid() || !fields.notAfter.isValid()) {
        return std::nullopt;
    }
    return fields;
}

std::optional<CmsSignerInfo> readDetachedSignerInfo(QByteArrayView der)
{
    const auto contentInfo = readNode(der, 0);
    const auto outer = contentInfo && contentInfo->end == der.size()
        ? childrenOf(der, *contentInfo, kTagSequence)
        : std::nullopt;
    if (!outer || outer->size() != 2 || !isOid(der, outer->first(), kOidSignedData)) {
        return std::nullopt;
    }
    const auto wrapper = childrenOf(der, outer->at(1), kTagContext0);
    const auto signedData = wrapper && wrapper->size() == 1
        ? childrenOf(der, wrapper->first(), kTagSequence)
        : std::nullopt;
    if (!signedData || signedData->size() < 4 || signedData->first().tag() != kTagInteger
        || signedData->at(1).tag() != kTagSet || !isDetachedData(der, signedData->at(2))) {
        return std::nullopt;
    }
    CmsSignerInfo info;
    if (!readCertificateSets(der, signedData->sliced(3, signedData->size() - 4), info)) {
        return std::nullopt;
    }
    const auto signerInfos = childrenOf(der, signedData->last(), kTagSet);
    if (!signerInfos || signerInfos->size() != 1
        || !readSignerInfo(der, signerInfos->first(), info)) {
        return std::nullopt;
    }
    return info;
}

} // namespace Quorum::Crypto::Internal
