// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelcard.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Model card revisions: every save is a new revision, none is overwritten.
class ModelCardRepository
{
public:
    explicit ModelCardRepository(Database &db);

    /// Saves @p card as the version's next revision and returns that revision number
    /// (card.revision is ignored).
    int addRevision(WriteTransaction &transaction, const ModelCard &card);
    std::optional<ModelCard> latest(qint64 versionId) const;
    /// Every revision of the version's card, newest first.
    std::vector<ModelCard> revisions(qint64 versionId) const;

private:
    Database &m_db;
};

} // namespace Quorum
