// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"
#include "domain/stage.h"

#include <QString>

#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// A version a report can be about.
struct ScopeVersion
{
    qint64 id = 0;
    QString version; ///< "2.1.0"
    Stage stage = Stage::Development;
};

/// A model a report can be about, with its versions newest first.
struct ScopeModel
{
    qint64 id = 0;
    QString name;        ///< machine name, what reports and file names use
    QString displayName; ///< what the user reads
    RiskTier tier = RiskTier::Standard;
    std::vector<ScopeVersion> versions;
    qint64 productionVersionId = 0; ///< 0 when nothing is in production
};

/// Every model with its versions, critical tiers first then by name. Runs on the caller's
/// (a worker's) thread; throws DatabaseError.
std::vector<ScopeModel> readScopeModels(Database &db);

} // namespace Quorum::Ui
