// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditevent.h"

#include "canonicaljson.h"
#include "storage/dbtime.h"

#include <QJsonObject>

namespace Quorum {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QByteArray AuditEvent::canonicalContent(const QString &instanceId) const
{
    return canonicalJson(QJsonObject{
        {QStringLiteral("format"), QStringLiteral("quorum.audit-event/1")},
        {QStringLiteral("instance_id"), instanceId},
        {QStringLiteral("seq"), static_cast<double>(seq)},
        {QStringLiteral("occurred_at"), toDbTime(occurredAt)},
        {QStringLiteral("person_id"), optionalNumber(personId)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("entity_id"), optionalNumber(entityId)},
        // The stored text itself, byte for byte: any edit of it changes the hash.
        {QStringLiteral("before_json"), optionalText(beforeJson)},
        {QStringLiteral("after_json"), optionalText(afterJson)},
        {QStringLiteral("prev_hash"), prevHash},
    });
}

} // namespace Quorum
