// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardread.h"

#include "builders/modelcardreport.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"
#include "render/htmlrenderer.h"
#include "reports/previewpage.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/personrepository.h"

#include <QHash>

#include <algorithm>

namespace Quorum::Ui {

namespace {

std::vector<CardRevision> revisionsWithAuthors(Database &db, qint64 versionId)
{
    PersonRepository people(db);
    QHash<qint64, QString> names;
    std::vector<CardRevision> out;
    for (ModelCard &card : ModelCardRepository(db).revisions(versionId)) {
        QString author;
        if (card.authorId) {
            if (!names.contains(*card.authorId)) {
                const std::optional<Person> person = people.byId(*card.authorId);
                names.insert(*card.authorId, person ? person->name : QString());
            }
            author = names.value(*card.authorId);
        }
        out.push_back({std::move(card), author});
    }
    return out;
}

/// The little of a version's evidence the model-card report reads.
Reports::VersionEvidence cardEvidence(Database &db, const ModelDetails &details,
                                      const ModelVersion &version, const ModelCard &card,
                                      int revisionCount)
{
    Reports::VersionEvidence evidence;
    evidence.databasePath = db.path();
    evidence.model = details.model;
    PersonRepository people(db);
    if (std::optional<Person> owner = people.byId(details.model.ownerId)) {
        evidence.owner = std::move(*owner);
    }
    evidence.version = version;
    if (card.authorId && *card.authorId != evidence.owner.id) {
        evidence.createdBy = people.byId(*card.authorId); // so the author is named
    }
    evidence.modelCard = card;
    evidence.modelCardRevisions = revisionCount;
    evidence.evaluations = EvaluationRepository(db).forVersion(version.id);
    return evidence;
}

} // namespace

ModelCardView readModelCardView(Database &db, const ModelDetails &details, qint64 versionId,
                                std::optional<int> revision)
{
    ModelCardView view;
    view.versionId = versionId;
    view.revisions = revisionsWithAuthors(db, versionId);
    const auto version
        = std::find_if(details.versions.begin(), details.versions.end(),
                       [versionId](const ModelVersion &v) { return v.id == versionId; });
    if (view.revisions.empty() || version == details.versions.end()) {
        return view;
    }
    auto shown = std::find_if(view.revisions.begin(), view.revisions.end(),
                              [&](const CardRevision &r) { return r.card.revision == revision; });
    if (shown == view.revisions.end()) {
        shown = view.revisions.begin();
    }
    view.shownRevision = shown->card.revision;
    const Reports::VersionEvidence evidence
        = cardEvidence(db, details, *version, shown->card, static_cast<int>(view.revisions.size()));
    view.page = previewPage(
        Reports::renderHtml(buildModelCardReport(evidence, Reports::ReportContext::system())));
    return view;
}

} // namespace Quorum::Ui
