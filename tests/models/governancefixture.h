// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "governance/approvalservice.h"
#include "governance/governanceerror.h"
#include "tempdatabase.h"
#include "testkeys.h"

#include <QMap>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

/// Evidence of a version, chosen so that each threshold check passes or fails on purpose.
struct Evidence
{
    double accuracy = 0.91;
    double riskScore = 0.20;
    double psi = 0.04;
};

/// A governance database with people in every role (each with a registered test key), one
/// model of the chosen tier owned by "owner", and a version ready to be submitted by
/// "submitter". People, by handle: owner, submitter, reviewer1…reviewer5, compliance, legal,
/// qa, mllead, business, engineer, outsider (no role), dual (reviewer and compliance).
class GovernanceFixture
{
public:
    explicit GovernanceFixture(int tier, const Evidence &evidence = {});

    Database &db() { return m_temp.db(); }
    TempDatabase &temp() { return m_temp; }
    const Person &person(const QString &handle) const { return *m_people.constFind(handle); }
    /// The signing key of @p handle, opened afresh.
    Identity key(const QString &handle) const;
    qint64 modelId() const { return m_modelId; }
    qint64 versionId() const { return m_versionId; }
    /// Another version of the model, in production, with @p accuracy (the regression baseline).
    qint64 addProductionVersion(double accuracy);
    /// A new version of the model with @p evidence, in staging.
    qint64 addVersion(const QString &version, const Evidence &evidence);
    /// Submits the version (default: versionId()) to production as "submitter".
    qint64 submit(std::optional<qint64> versionId = std::nullopt);
    /// Decides @p requestId as @p handle through ApprovalService::decide().
    DecisionOutcome decide(const QString &handle, qint64 requestId, Verdict verdict,
                           const QString &rationale = QStringLiteral("Looked at every check"));
    /// A waiver by @p handle for 30 days.
    DecisionOutcome waive(const QString &handle, qint64 requestId);

private:
    void addPerson(const QString &handle, std::vector<Role> roles);
    void addEvidence(qint64 versionId, const Evidence &evidence);

    TempDatabase m_temp;
    QMap<QString, Person> m_people;
    qint64 m_modelId = 0;
    qint64 m_versionId = 0;
};

/// Runs @p action and returns the GovernanceError it threw; fails the test when the service
/// accepted what it should have refused.
template<typename F>
GovernanceError refusalOf(F &&action)
{
    try {
        action();
    } catch (const GovernanceError &error) {
        return error;
    }
    FAIL("the service accepted what it should refuse");
    return GovernanceError(GovernanceErrorKind::NotFound, {});
}

} // namespace Quorum::Test
