// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchresolver.h"

#include "changedescription.h"
#include "importers/source/importerror.h"
#include "itemidentity.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ImportPlan", text);
}

/// Walks a batch in order (models, versions, evidence) and decides New or Unchanged per item.
class Resolver
{
public:
    Resolver(Database &db, const ImportBatch &batch)
        : m_db(db)
        , m_batch(batch)
    {
        m_result.plan.kind = batch.kind;
        m_result.plan.source = batch.source;
        m_result.plan.sourceSha256 = batch.sourceSha256;
        m_result.plan.warnings = batch.warnings;
    }

    ResolvedPlan run()
    {
        for (const ImportedModel &model : m_batch.models) {
            planModel(model);
        }
        for (const ImportedVersion &version : m_batch.versions) {
            planVersion(version);
        }
        planEvidence(ChangeKind::Evaluation, m_batch.evaluations, &evaluationExists,
                     &evaluationIdentity, &describeEvaluation);
        planEvidence(ChangeKind::Drift, m_batch.drift, &driftExists, &driftIdentity,
                     &describeDrift);
        planEvidence(ChangeKind::Fairness, m_batch.fairness, &fairnessExists, &fairnessIdentity,
                     &describeFairness);
        planCards();
        return std::move(m_result);
    }

private:
    template<typename T>
    using Exists = bool (*)(const Database &, qint64, const T &);
    template<typename T>
    using Identity = QString (*)(const QString &, const T &);
    template<typename T>
    using Describe = QString (*)(const T &);

    void add(ChangeKind kind, bool isNew, const QString &target, const QString &description)
    {
        m_result.plan.changes.push_back(
            {kind, isNew ? ChangeStatus::New : ChangeStatus::Unchanged, target, description});
    }

    [[noreturn]] void refuse(const QString &location, const QString &problem) const
    {
        throw ImportError(ImportErrorKind::Target, m_batch.source, location, problem);
    }

    std::optional<qint64> storedModelId(const QString &name)
    {
        const QString key = modelLookupKey(name);
        if (const auto found = m_result.modelIds.constFind(key);
            found != m_result.modelIds.constEnd()) {
            return *found;
        }
        const std::optional<Model> model = ModelRepository(m_db).byName(name);
        if (!model) {
            return std::nullopt;
        }
        m_result.modelIds.insert(key, model->id);
        return model->id;
    }

    void planModel(const ImportedModel &imported)
    {
        const QString name = imported.model.name;
        const QString key = modelLookupKey(name);
        if (storedModelId(name) || m_newModels.contains(key)) {
            add(ChangeKind::Model, false, name, describeModel(imported));
            return;
        }
        const QString location = imported.where.isEmpty() ? name : imported.where;
        if (!imported.tier) {
            refuse(location,
                   tr("model \"%1\" is not in the database: give --tier 1-4 and "
                      "--owner EMAIL to create it")
                       .arg(name));
        }
        const QString email = imported.ownerEmail.trimmed().toLower();
        if (email.isEmpty()) {
            refuse(location,
                   tr("model \"%1\" is not in the database: give --owner EMAIL to create it")
                       .arg(name));
        }
        const std::optional<Person> owner = PersonRepository(m_db).byEmail(email);
        if (!owner) {
            refuse(location,
                   tr("no person with e-mail %1 to own the new model \"%2\": add "
                      "them first (quorumctl person add) or give another --owner")
                       .arg(imported.ownerEmail.trimmed(), name));
        }
        m_result.ownerIds.insert(email, owner->id);
        m_newModels.insert(key);
        add(ChangeKind::Model, true, name, describeModel(imported));
    }

    void planVersion(const ImportedVersion &imported)
    {
        const QString lookup = versionLookupKey(imported.key, m_batch.source);
        const std::optional<qint64> modelId = storedModelId(imported.key.model);
        if (!modelId && !m_newModels.contains(modelLookupKey(imported.key.model))) {
            refuse(imported.where.isEmpty() ? imported.key.label() : imported.where,
                   tr("model \"%1\" is not in the database: register it first, or give --tier "
                      "1-4 and --owner EMAIL to create it")
                       .arg(imported.key.model));
        }
        bool stored = false;
        if (modelId) {
            const auto number = SemanticVersion::parse(imported.key.version.trimmed());
            if (const auto found = VersionRepository(m_db).find(*modelId, *number)) {
                m_result.versionIds.insert(lookup, found->id);
                stored = true;
            }
        }
        const bool repeated = !stored && m_newVersions.contains(lookup);
        m_newVersions.insert(lookup);
        add(ChangeKind::Version, !stored && !repeated, imported.key.label(),
            describeVersion(imported));
    }

    /// The version's id, or nullopt when this batch creates it.
    std::optional<qint64> versionOf(const VersionKey &key)
    {
        const QString lookup = versionLookupKey(key, m_batch.source);
        if (const auto found = m_result.versionIds.constFind(lookup);
            found != m_result.versionIds.constEnd()) {
            return *found;
        }
        if (m_newVersions.contains(lookup)) {
            return std::nullopt;
        }
        const auto number = SemanticVersion::parse(key.version.trimmed());
        if (const std::optional<qint64> modelId = storedModelId(key.model)) {
            if (const auto found = VersionRepository(m_db).find(*modelId, *number)) {
                m_result.versionIds.insert(lookup, found->id);
                return found->id;
            }
        }
        refuse(key.label(),
               tr("no version %1 of model %2: register it first (quorumctl "
                  "register) or import it from MLflow")
                   .arg(number->toString(), key.model));
    }

    template<typename T>
    void planEvidence(ChangeKind kind, const std::vector<VersionItem<T>> &items, Exists<T> exists,
                      Identity<T> identity, Describe<T> describe)
    {
        for (const VersionItem<T> &item : items) {
            const std::optional<qint64> versionId = versionOf(item.key);
            const bool stored = versionId && exists(m_db, *versionId, item.item);
            bool repeated = false;
            if (!stored) {
                const QString id = identity(versionLookupKey(item.key, m_batch.source), item.item);
                repeated = m_seen.contains(id);
                m_seen.insert(id);
            }
            add(kind, !stored && !repeated, item.key.label(), describe(item.item));
        }
    }

    void planCards()
    {
        for (const VersionItem<ModelCard> &item : m_batch.cards) {
            const std::optional<qint64> versionId = versionOf(item.key);
            const QString lookup = versionLookupKey(item.key, m_batch.source);
            std::optional<QString> latest;
            if (const auto pending = m_pendingCards.constFind(lookup);
                pending != m_pendingCards.constEnd()) {
                latest = *pending;
            } else if (versionId) {
                if (const auto card = ModelCardRepository(m_db).latest(*versionId)) {
                    latest = card->contentJson;
                }
            }
            const bool same = latest && sameCardContent(*latest, item.item.contentJson);
            if (!same) {
                m_pendingCards.insert(lookup, item.item.contentJson);
            }
            add(ChangeKind::ModelCard, !same, item.key.label(), describeModelCard(item.item));
        }
    }

    Database &m_db;
    const ImportBatch &m_batch;
    ResolvedPlan m_result;
    QSet<QString> m_newModels;              ///< lookup keys of models this batch creates
    QSet<QString> m_newVersions;            ///< lookup keys of versions this batch creates
    QSet<QString> m_seen;                   ///< identities of new evidence, to spot repeats
    QHash<QString, QString> m_pendingCards; ///< version → content of its new card
};

} // namespace

QString modelLookupKey(const QString &model)
{
    return model.trimmed().toLower();
}

QString versionLookupKey(const VersionKey &key, const QString &file)
{
    const auto number = SemanticVersion::parse(key.version.trimmed());
    if (!number) {
        throw ImportError(ImportErrorKind::Target, file, key.label(),
                          tr("version \"%1\" of model %2 is not a version number: expected "
                             "MAJOR.MINOR.PATCH, e.g. 2.1.0")
                              .arg(key.version, key.model));
    }
    return modelLookupKey(key.model) + QLatin1Char('@') + number->toString();
}

ResolvedPlan resolveImport(Database &db, const ImportBatch &batch)
{
    return Resolver(db, batch).run();
}

} // namespace Quorum::Internal
