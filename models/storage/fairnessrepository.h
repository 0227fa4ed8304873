// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"

#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Fairness reports with their per-group rows.
class FairnessRepository
{
public:
    explicit FairnessRepository(Database &db);

    /// Stores the report and its groups; returns the report id.
    qint64 add(WriteTransaction &transaction, const FairnessReport &report);
    /// The version's reports with groups, ordered by attribute then newest first.
    std::vector<FairnessReport> forVersion(qint64 versionId) const;

private:
    Database &m_db;
};

} // namespace Quorum
