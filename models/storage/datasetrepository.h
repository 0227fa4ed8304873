// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dataset.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Versioned datasets and their lineage.
class DatasetRepository
{
public:
    explicit DatasetRepository(Database &db);

    /// Stores @p dataset and returns its id; (name, version) must be new.
    qint64 add(WriteTransaction &transaction, const Dataset &dataset);
    std::optional<Dataset> byId(qint64 id) const;
    std::optional<Dataset> find(const QString &name, const QString &version) const;
    /// Every dataset, ordered by name and version.
    std::vector<Dataset> all() const;
    /// @p id and its ancestors, the dataset itself first (split → curated → raw).
    std::vector<Dataset> lineage(qint64 id) const;

private:
    std::vector<Dataset> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
