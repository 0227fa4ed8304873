// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"

#include <QStringList>

#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Drift observations per version, feature, statistic and window.
class DriftRepository
{
public:
    explicit DriftRepository(Database &db);

    qint64 add(WriteTransaction &transaction, const DriftObservation &observation);
    /// The version's observations of @p feature (all features when empty), oldest window first.
    std::vector<DriftObservation> forVersion(qint64 versionId, const QString &feature = {}) const;
    /// The features with observations for the version, sorted.
    QStringList features(qint64 versionId) const;

private:
    Database &m_db;
};

} // namespace Quorum
