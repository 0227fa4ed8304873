// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelcard.h"
#include "reports/reportoutput.h"
#include "storage/modeldetails.h"

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// One saved revision of a card with its author's printed name.
struct CardRevision
{
    ModelCard card;
    QString authorName; ///< empty when no author was recorded
};

/// What the Model card tab shows for one version: its revisions and one of them rendered.
struct ModelCardView
{
    qint64 versionId = 0;
    std::vector<CardRevision> revisions; ///< newest first; empty when the version has no card
    int shownRevision = 0;               ///< the revision rendered in page; 0 when none
    PreviewPage page;                    ///< the card as the model-card report renders it
};

/// Reads the revisions of version @p versionId of @p details' model and renders @p revision
/// (the latest when nullopt or no longer there) with the model-card report builder. For a
/// worker thread: only reads. Throws DatabaseError.
ModelCardView readModelCardView(Database &db, const ModelDetails &details, qint64 versionId,
                                std::optional<int> revision);

} // namespace Quorum::Ui
