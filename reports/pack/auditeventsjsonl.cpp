// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditeventsjsonl.h"

#include "audit/canonicaljson.h"
#include "crypto/sha256.h"
#include "storage/dbtime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool readWhole(const QJsonValue &value, qint64 *out)
{
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0
        || std::floor(number) != number) {
        return false;
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool readOptionalWhole(const QJsonValue &value, std::optional<qint64> *out)
{
    qint64 number = 0;
    if (value.isNull()) {
        out->reset();
        return true;
    }
    if (!readWhole(value, &number)) {
        return false;
    }
    *out = number;
    return true;
}

bool readOptionalText(const QJsonValue &value, QString *out)
{
    if (!value.isNull() && !value.isString()) {
        return false;
    }
    *out = value.toString();
    return true;
}

const QStringList &eventKeys()
{
    static const QStringList keys{
        QStringLiteral("action"),    QStringLiteral("actor"),       QStringLiteral("after"),
        QStringLiteral("before"),    QStringLiteral("entity"),      QStringLiteral("entity_id"),
        QStringLiteral("hash"),      QStringLiteral("instance_id"), QStringLiteral("occurred_at"),
        QStringLiteral("person_id"), QStringLiteral("prev_hash"),   QStringLiteral("seq")};
    return keys;
}

bool fail(QString *problem, const QString &what)
{
    if (problem) {
        *problem = what;
    }
    return false;
}

bool readEvent(const QJsonObject &o, PackedAuditEvent &packed, QString *problem)
{
    AuditEvent &e = packed.event;
    const QStringList keys = o.keys();
    for (const QString &key : eventKeys()) {
        if (!keys.contains(key)) {
            return fail(problem, tr("%1: missing").arg(key));
        }
    }
    if (keys.size() != eventKeys().size()) {
        return fail(problem, tr("unexpected keys"));
    }
    const auto text = [&](const char *key, QString *out) {
        const QJsonValue value = o.value(QLatin1String(key));
        *out = value.toString();
        return value.isString()
            || fail(problem, tr("%1: expected a string").arg(QLatin1String(key)));
    };
    QString occurredAt;
    if (!readWhole(o.value(QStringLiteral("seq")), &e.seq)
        || !readOptionalWhole(o.value(QStringLiteral("person_id")), &e.personId)
        || !readOptionalWhole(o.value(QStringLiteral("entity_id")), &e.entityId)) {
        return fail(problem, tr("seq, person_id or entity_id: expected a whole number"));
    }
    if (!readOptionalText(o.value(QStringLiteral("before")), &e.beforeJson)
        || !readOptionalText(o.value(QStringLiteral("after")), &e.afterJson)) {
        return fail(problem, tr("before or after: expected a string or null"));
    }
    if (!text("occurred_at", &occurredAt) || !text("actor", &e.actor) || !text("action", &e.action)
        || !text("entity", &e.entity) || !text("prev_hash", &e.prevHash) || !text("hash", &e.hash)
        || !text("instance_id", &packed.instanceId)) {
        return false;
    }
    e.occurredAt = fromDbTime(occurredAt);
    return e.occurredAt.isValid() || fail(problem, tr("occurred_at: expected a UTC time"));
}

} // namespace

QByteArray auditEventLine(const AuditEvent &event, const QString &instanceId)
{
    return canonicalJson(QJsonObject{
        {QStringLiteral("seq"), static_cast<double>(event.seq)},
        {QStringLiteral("occurred_at"), toDbTime(event.occurredAt)},
        {QStringLiteral("person_id"), optionalNumber(event.personId)},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("entity"), event.entity},
        {QStringLiteral("entity_id"), optionalNumber(event.entityId)},
        {QStringLiteral("before"), optionalText(event.beforeJson)},
        {QStringLiteral("after"), optionalText(event.afterJson)},
        {QStringLiteral("prev_hash"), event.prevHash},
        {QStringLiteral("hash"), event.hash},
        {QStringLiteral("instance_id"), instanceId},
    });
}

QByteArray auditEventsJsonl(const std::vector<AuditEvent> &events, const QString &instanceId)
{
    QByteArray jsonl;
    for (const AuditEvent &event : events) {
        jsonl += auditEventLine(event, instanceId);
        jsonl += '\n';
    }
    return jsonl;
}

std::optional<PackedAuditEvent> parseAuditEventLine(const QByteArray &line, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        fail(problem, tr("not a JSON object"));
        return std::nullopt;
    }
    PackedAuditEvent packed;
    if (!readEvent(document.object(), packed, problem)) {
        return std::nullopt;
    }
    return packed;
}

AuditEventsCheck checkAuditEventsJsonl(const QByteArray &jsonl)
{
    AuditEventsCheck check;
    QList<QByteArray> lines = jsonl.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    std::optional<AuditEvent> previous;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString problem;
        const std::optional<PackedAuditEvent> packed = parseAuditEventLine(lines.at(i), &problem);
        if (!packed) {
            check.problems.append(tr("line %1: %2").arg(i + 1).arg(problem));
            previous.reset();
            continue;
        }
        const AuditEvent &event = packed->event;
        ++check.eventCount;
        const QString recomputed = Crypto::sha256Hex(event.canonicalContent(packed->instanceId));
        if (recomputed != event.hash) {
            check.problems.append(tr("event %1: content does not match its hash").arg(event.seq));
        } else if (auditEventLine(event, packed->instanceId) != lines.at(i)) {
            check.problems.append(
                tr("event %1: the line is not written as Quorum writes it").arg(event.seq));
        }
        if (previous && event.seq == previous->seq + 1 && event.prevHash != previous->hash) {
            check.problems.append(tr("event %1: does not link to event %2 before it")
                                      .arg(event.seq)
                                      .arg(previous->seq));
        }
        previous = event;
    }
    return check;
}

} // namespace Quorum::Reports
