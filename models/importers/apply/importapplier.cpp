// SPDX-License-Identifier: GPL-3.0-or-later
#include "importapplier.h"

#include "audit/audittrail.h"
#include "batchresolver.h"
#include "importers/source/importerror.h"
#include "oversight/alertscan.h"
#include "storage/database.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

#include <set>

namespace Quorum {

namespace {

using Internal::ResolvedPlan;

/// Adds the New items of a resolved plan, in plan order, through the repositories.
class BatchWriter
{
public:
    BatchWriter(WriteTransaction &transaction, const ImportBatch &batch, ResolvedPlan &resolved,
                const ImportProgress &progress)
        : m_transaction(transaction)
        , m_db(transaction.database())
        , m_batch(batch)
        , m_resolved(resolved)
        , m_progress(progress)
        , m_total(resolved.plan.newCount())
        , m_now(m_db.now())
    {}

    void writeAll()
    {
        for (const ImportedModel &model : m_batch.models) {
            if (next()) {
                addModel(model);
            }
        }
        for (const ImportedVersion &version : m_batch.versions) {
            if (next()) {
                addVersion(version);
            }
        }
        for (const auto &item : m_batch.evaluations) {
            if (next()) {
                Evaluation e = item.item;
                e.versionId = versionId(item.key);
                m_evidenced.insert(e.versionId);
                e.recordedAt = e.recordedAt.isValid() ? e.recordedAt : m_now;
                EvaluationRepository(m_db).add(m_transaction, e);
                done();
            }
        }
        for (const auto &item : m_batch.drift) {
            if (next()) {
                DriftObservation o = item.item;
                o.versionId = versionId(item.key);
                m_evidenced.insert(o.versionId);
                o.recordedAt = o.recordedAt.isValid() ? o.recordedAt : m_now;
                DriftRepository(m_db).add(m_transaction, o);
                done();
            }
        }
        writeFairnessAndCards();
        checkCancel();
    }

    /// The versions that received evaluations or drift observations.
    const std::set<qint64> &evidencedVersions() const { return m_evidenced; }

private:
    void writeFairnessAndCards()
    {
        for (const auto &item : m_batch.fairness) {
            if (next()) {
                FairnessReport r = item.item;
                r.versionId = versionId(item.key);
                r.recordedAt = r.recordedAt.isValid() ? r.recordedAt : m_now;
                FairnessRepository(m_db).add(m_transaction, r);
                done();
            }
        }
        for (const auto &item : m_batch.cards) {
            if (next()) {
                ModelCard card = item.item;
                card.versionId = versionId(item.key);
                card.authorId = card.authorId ? card.authorId : m_transaction.actor().personId;
                card.createdAt = card.createdAt.isValid() ? card.createdAt : m_now;
                ModelCardRepository(m_db).addRevision(m_transaction, card);
                done();
            }
        }
    }

    /// Whether the next item of the plan is New; if so, checks for cancellation first.
    bool next()
    {
        const bool isNew = m_resolved.plan.changes.at(m_index++).status == ChangeStatus::New;
        if (isNew) {
            checkCancel();
        }
        return isNew;
    }

    void done()
    {
        ++m_done;
        if (m_progress.report) {
            m_progress.report(m_done, m_total);
        }
    }

    void checkCancel() const
    {
        if (m_progress.cancel && m_progress.cancel->load()) {
            throw ImportError(ImportErrorKind::Cancelled, m_batch.source, {},
                              QCoreApplication::translate("Quorum::ImportPlan",
                                                          "import cancelled: nothing was written"));
        }
    }

    void addModel(const ImportedModel &imported)
    {
        Model model = imported.model;
        model.tier = *imported.tier; // the plan refused a new model without one
        model.ownerId = m_resolved.ownerIds.value(imported.ownerEmail.trimmed().toLower());
        model.createdAt = model.createdAt.isValid() ? model.createdAt : m_now;
        model.updatedAt = model.updatedAt.isValid() ? model.updatedAt : m_now;
        const qint64 id = ModelRepository(m_db).add(m_transaction, model);
        m_resolved.modelIds.insert(Internal::modelLookupKey(model.name), id);
        done();
    }

    void addVersion(const ImportedVersion &imported)
    {
        ModelVersion version = imported.version;
        version.modelId = m_resolved.modelIds.value(Internal::modelLookupKey(imported.key.model));
        version.version = *SemanticVersion::parse(imported.key.version.trimmed());
        version.createdBy = version.createdBy ? version.createdBy : m_transaction.actor().personId;
        version.createdAt = version.createdAt.isValid() ? version.createdAt : m_now;
        const qint64 id = VersionRepository(m_db).add(m_transaction, version);
        m_resolved.versionIds.insert(Internal::versionLookupKey(imported.key, m_batch.source), id);
        done();
    }

    qint64 versionId(const VersionKey &key) const
    {
        return m_resolved.versionIds.value(Internal::versionLookupKey(key, m_batch.source));
    }

    WriteTransaction &m_transaction;
    Database &m_db;
    const ImportBatch &m_batch;
    ResolvedPlan &m_resolved;
    const ImportProgress &m_progress;
    int m_total = 0;
    QDateTime m_now;
    std::size_t m_index = 0;
    int m_done = 0;
    std::set<qint64> m_evidenced;
};

/// The "import" event's after-image: what came from where, and the counts.
QJsonObject importSummary(const ImportPlan &plan)
{
    const QJsonObject full = plan.toJson();
    QJsonObject summary;
    for (const char *key : {"kind", "source", "sha256", "new", "unchanged"}) {
        const QString name = QString::fromLatin1(key);
        summary.insert(name, full.value(name));
    }
    return summary;
}

} // namespace

ImportPlan applyImport(Database &db, const ImportBatch &batch, const Actor &actor,
                       const ImportProgress &progress)
{
    WriteTransaction transaction(db, actor);
    // Planned again under the write lock, so rows another writer committed meanwhile count.
    ResolvedPlan resolved = Internal::resolveImport(db, batch);
    if (!resolved.plan.changesSomething()) {
        return resolved.plan; // nothing written; the destructor ends the empty transaction
    }
    BatchWriter writer(transaction, batch, resolved, progress);
    writer.writeAll();
    // New evidence that crosses a tier threshold raises an alert in the same transaction.
    AlertScan(transaction).scanVersions(writer.evidencedVersions());
    AuditTrail(db).append(transaction, QStringLiteral("import"), QStringLiteral("imports"),
                          std::nullopt, {}, importSummary(resolved.plan));
    transaction.commit();
    return resolved.plan;
}

} // namespace Quorum
