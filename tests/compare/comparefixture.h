// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"
#include "domain/fairnessreport.h"
#include "domain/risktier.h"
#include "domain/stage.h"
#include "tempdatabase.h"

#include <QString>

namespace Quorum::Test {

/// A small governance database for Compare: one owner and one model ("churn", tier 2 unless
/// told otherwise) to which the tests add versions and evidence with numbers they choose.
class CompareFixture
{
public:
    explicit CompareFixture(RiskTier tier = RiskTier::High);

    Database &db() { return m_temp.db(); }
    qint64 modelId() const { return m_modelId; }

    /// Adds version @p number of the model in @p stage; returns its id.
    qint64 addVersion(const QString &number, Stage stage);
    /// Adds a second model (for refusals); returns the id of its version 1.0.0.
    qint64 addOtherModelVersion();
    /// Records @p metric = @p value for @p versionId, @p daysAgo days before now.
    void addMetric(qint64 versionId, const QString &metric, double value,
                   const QString &split = QStringLiteral("test"), int daysAgo = 1);
    void addFairness(FairnessReport report);
    /// A PSI observation of @p feature for the week ending @p weeksAgo weeks ago.
    void addPsi(qint64 versionId, const QString &feature, double value, DriftStatus status,
                int weeksAgo);
    void addCard(qint64 versionId, const QString &overview);
    /// Adds version 2 of tier @p tier's policy with @p maxRegressionPct.
    void addPolicyVersion(int tier, double maxRegressionPct);

private:
    TempDatabase m_temp;
    qint64 m_ownerId = 0;
    qint64 m_modelId = 0;
};

/// A group with @p count people and selection rate @p selectionRate.
FairnessGroup fairnessGroup(const QString &name, qint64 count, double selectionRate);

} // namespace Quorum::Test
