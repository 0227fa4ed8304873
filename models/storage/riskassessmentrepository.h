// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/riskassessment.h"

#include <optional>

namespace Quorum {

class Database;
class WriteTransaction;

/// Risk assessments of model versions; the latest one counts.
class RiskAssessmentRepository
{
public:
    explicit RiskAssessmentRepository(Database &db);

    qint64 add(WriteTransaction &transaction, const RiskAssessment &assessment);
    std::optional<RiskAssessment> latest(qint64 versionId) const;

private:
    Database &m_db;
};

} // namespace Quorum
