// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

ModelCardRepository::ModelCardRepository(Database &db)
    : m_db(db)
{}

int ModelCardRepository::addRevision(WriteTransaction &transaction, const ModelCard &card)
{
    Query next(m_db,
               QStringLiteral("SELECT coalesce(max(revision), 0) + 1 FROM model_cards "
                              "WHERE version_id = ?"));
    next.bind(card.versionId).exec();
    next.next();
    const int revision = next.value(0).toInt();
    Query insert(m_db,
                 QStringLiteral("INSERT INTO model_cards (version_id, revision, schema_version, "
                                "content_json, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(card.versionId)
        .bind(revision)
        .bind(card.schemaVersion)
        .bind(card.contentJson)
        .bind(nullable(card.authorId))
        .bind(toDbTime(card.createdAt.isValid() ? card.createdAt : QDateTime::currentDateTimeUtc()))
        .exec();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("model_cards"),
                                  insert.lastInsertId());
    return revision;
}

std::optional<ModelCard> ModelCardRepository::latest(qint64 versionId) const
{
    auto all = revisions(versionId);
    return all.empty() ? std::nullopt : std::optional(std::move(all.front()));
}

std::vector<ModelCard> ModelCardRepository::revisions(qint64 versionId) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, version_id, revision, schema_version, "
                               "content_json, author_id, created_at FROM model_cards "
                               "WHERE version_id = ? ORDER BY revision DESC"));
    query.bind(versionId).exec();
    std::vector<ModelCard> cards;
    while (query.next()) {
        ModelCard c;
        c.id = query.value(0).toLongLong();
        c.versionId = query.value(1).toLongLong();
        c.revision = query.value(2).toInt();
        c.schemaVersion = query.value(3).toString();
        c.contentJson = query.value(4).toString();
        c.authorId = optionalId(query.value(5));
        c.createdAt = fromDbTime(query.value(6));
        cards.push_back(std::move(c));
    }
    return cards;
}

} // namespace Quorum
