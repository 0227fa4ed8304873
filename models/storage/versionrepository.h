// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelversion.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Model versions with their dataset links and lineage.
class VersionRepository
{
public:
    explicit VersionRepository(Database &db);

    /// Stores @p version with its dataset links and returns its id. Throws DatabaseError
    /// (Constraint) when the model already has this version number.
    qint64 add(WriteTransaction &transaction, const ModelVersion &version);
    void setStage(WriteTransaction &transaction, qint64 versionId, Stage stage);

    std::optional<ModelVersion> byId(qint64 id) const;
    std::optional<ModelVersion> find(qint64 modelId, const SemanticVersion &version) const;
    /// The model's versions, newest version number first.
    std::vector<ModelVersion> forModel(qint64 modelId) const;
    /// The model's version in production, if any.
    std::optional<ModelVersion> inProduction(qint64 modelId) const;

private:
    std::vector<ModelVersion> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
