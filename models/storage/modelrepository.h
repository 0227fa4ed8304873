// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/modelsummary.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Models (the inventory's rows) and their summaries.
class ModelRepository
{
public:
    explicit ModelRepository(Database &db);

    /// Stores @p model and returns its id. Throws DatabaseError (Constraint) when the name is
    /// taken or the owner does not exist.
    qint64 add(WriteTransaction &transaction, const Model &model);
    void setStatus(WriteTransaction &transaction, qint64 modelId, ModelStatus status);

    std::optional<Model> byId(qint64 id) const;
    /// Looks a model up by its machine name (case-insensitive).
    std::optional<Model> byName(const QString &name) const;
    int count() const;

    /// One row per model, ordered by name: owner, headline stage, version counts, pending
    /// requests. This is what the inventory and 'quorumctl models' show.
    std::vector<ModelSummary> summaries() const;

private:
    std::optional<Model> selectOne(const QString &where, const QVariant &value) const;

    Database &m_db;
};

} // namespace Quorum
