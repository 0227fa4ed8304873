// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelcard.h"
#include "domain/person.h"

#include <QString>

namespace Quorum {

class Database;

/// Saving model cards as their model's owner (SPEC §2: editable by the model owner; every
/// saved revision is kept).
class ModelCardService
{
public:
    explicit ModelCardService(Database &db);

    /// Saves @p contentJson as the next revision of version @p versionId's card, written by
    /// @p author, and returns the stored revision (id, revision number, compact JSON, time).
    /// One write transaction by @p author: the revision and its audit event commit together.
    ///
    /// Throws GovernanceError, with nothing written, when:
    /// - InvalidInput: the JSON is not a valid Model Card Toolkit card (the message names the
    ///   line and column or key path), or it has the same content as the latest revision
    ///   ("nothing changed");
    /// - NotFound: there is no such version;
    /// - NotAllowed: @p author is not the model's owner, or is inactive (segregation of
    ///   duties: only the owner edits the card).
    /// Throws DatabaseError when the database fails.
    ModelCard saveRevision(qint64 versionId, const QString &contentJson, const Person &author);

private:
    Database &m_db;
};

} // namespace Quorum
