// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardservice.h"

#include "governance/governanceerror.h"
#include "modelcardcheck.h"
#include "modelcardjson.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ModelCardService", text);
}

[[noreturn]] void refuse(GovernanceErrorKind kind, const QString &message)
{
    throw GovernanceError(kind, message);
}

/// The owner check, read inside the write transaction so it holds for the write.
void requireOwner(Database &db, const ModelVersion &version, const Person &author)
{
    const std::optional<Model> model = ModelRepository(db).byId(version.modelId);
    if (!model) {
        refuse(GovernanceErrorKind::NotFound,
               tr("The model of version %1 no longer exists.").arg(version.id));
    }
    if (model->ownerId != author.id) {
        const std::optional<Person> owner = PersonRepository(db).byId(model->ownerId);
        refuse(GovernanceErrorKind::NotAllowed,
               tr("Only the model's owner, %1, can edit the model card of %2; %3 is not the "
                  "owner.")
                   .arg(owner ? owner->name : tr("(unknown)"), model->name, author.name));
    }
    if (!author.active) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("%1 is inactive and cannot edit model cards.").arg(author.name));
    }
}

} // namespace

ModelCardService::ModelCardService(Database &db)
    : m_db(db)
{}

ModelCard ModelCardService::saveRevision(qint64 versionId, const QString &contentJson,
                                         const Person &author)
{
    const ModelCardCheck check = checkModelCardJson(contentJson);
    if (!check.isValid()) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("The model card is not valid: %1").arg(check.error));
    }
    WriteTransaction transaction(m_db, Actor::person(author.id, author.name));
    const std::optional<ModelVersion> version = VersionRepository(m_db).byId(versionId);
    if (!version) {
        refuse(GovernanceErrorKind::NotFound, tr("There is no model version %1.").arg(versionId));
    }
    requireOwner(m_db, *version, author);
    ModelCardRepository cards(m_db);
    if (const std::optional<ModelCard> latest = cards.latest(versionId);
        latest && modelCardObject(latest->contentJson) == check.content) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("Nothing changed: the card is the same as revision %1.").arg(latest->revision));
    }
    ModelCard card;
    card.versionId = versionId;
    card.schemaVersion = check.schemaVersion;
    card.contentJson
        = QString::fromUtf8(QJsonDocument(check.content).toJson(QJsonDocument::Compact));
    card.authorId = author.id;
    card.createdAt = QDateTime::currentDateTimeUtc();
    cards.addRevision(transaction, card);
    transaction.commit();
    return *cards.latest(versionId);
}

} // namespace Quorum
