// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "governance/approvalservice.h"
#include "tempdatabase.h"

#include <QMap>
#include <QString>

#include <functional>

namespace Quorum::Test {

/// A governance database for the workbench's tests: people with registered test keys, one model
/// of @p tier owned by "owner" with version 1.0.0 (evidence that passes every check) registered
/// by "submitter". People, by handle: owner (owner, reviewer), submitter (ML engineer,
/// reviewer), reviewer1, reviewer2, engineer (ML engineer), mllead (ML lead). The key "stranger"
/// exists but is registered to nobody.
class UiGovernance
{
public:
    explicit UiGovernance(int tier = 4);

    Database &db() { return m_temp.db(); }
    TempDatabase &temp() { return m_temp; }
    /// The database as the workbench's areas ask for it.
    std::function<const Database *()> source()
    {
        return [this]() -> const Database * { return &m_temp.db(); };
    }
    const Person &person(const QString &handle) const { return *m_people.constFind(handle); }
    qint64 modelId() const { return m_modelId; }
    qint64 versionId() const { return m_versionId; }
    /// Submits version 1.0.0 to production as "submitter"; returns the request id.
    qint64 submit();
    /// @p handle approves @p requestId through ApprovalService::decide().
    DecisionOutcome approve(const QString &handle, qint64 requestId);
    /// Puts version 1.0.0 in production.
    void putInProduction();

private:
    void addPerson(const QString &handle, std::vector<Role> roles);
    void addEvidence();

    TempDatabase m_temp;
    QMap<QString, Person> m_people;
    qint64 m_modelId = 0;
    qint64 m_versionId = 0;
};

} // namespace Quorum::Test
