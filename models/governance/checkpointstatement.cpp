// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointstatement.h"

#include "audit/canonicaljson.h"
#include "storage/dbtime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

const QString kDomain = QStringLiteral("quorum.audit-checkpoint");

} // namespace

QByteArray CheckpointStatement::canonical() const
{
    return canonicalJson(QJsonObject{
        {QStringLiteral("domain"), kDomain},
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("instance_id"), instanceId},
        {QStringLiteral("seq"), static_cast<double>(seq)},
        {QStringLiteral("head_hash"), headHash},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("name"), signerName},
                     {QStringLiteral("email"), signerEmail},
                     {QStringLiteral("certificate_sha256"), certificateFingerprint}}},
        {QStringLiteral("signed_at"), toDbTime(signedAt)},
    });
}

std::optional<CheckpointStatement> CheckpointStatement::parse(const QByteArray &canonicalJson)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(canonicalJson, &error).object();
    if (error.error != QJsonParseError::NoError
        || o.value(QStringLiteral("domain")).toString() != kDomain
        || o.value(QStringLiteral("format")).toInt() != kFormat) {
        return std::nullopt;
    }
    const QJsonObject signer = o.value(QStringLiteral("signer")).toObject();
    CheckpointStatement s;
    s.instanceId = o.value(QStringLiteral("instance_id")).toString();
    s.seq = o.value(QStringLiteral("seq")).toInteger();
    s.headHash = o.value(QStringLiteral("head_hash")).toString();
    s.signerName = signer.value(QStringLiteral("name")).toString();
    s.signerEmail = signer.value(QStringLiteral("email")).toString();
    s.certificateFingerprint = signer.value(QStringLiteral("certificate_sha256")).toString();
    s.signedAt = fromDbTime(o.value(QStringLiteral("signed_at")).toVariant());
    return s;
}

} // namespace Quorum
