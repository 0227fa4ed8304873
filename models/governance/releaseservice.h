// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/person.h"
#include "domain/stage.h"

#include <QString>

#include <optional>

namespace Quorum {

class Database;

/// A model version to register (quorumctl register). The model is created when new.
struct RegistrationInput
{
    QString modelName;
    QString version;        ///< semantic version, e.g. "2.1.0"
    QString artifactSha256; ///< 64 hex digits
    QString artifactUri;
    std::optional<int> tier; ///< required when the model is new; must match when it is not
    QString ownerEmail;      ///< the model's owner when new; the registering person by default
};

struct Registration
{
    qint64 modelId = 0;
    qint64 versionId = 0;
    bool modelCreated = false;
};

/// A release request to submit (quorumctl submit).
struct SubmissionInput
{
    qint64 versionId = 0;
    Stage toStage = Stage::Production;
    QString ticketRef;
    QString summary;
};

/// A retirement to start (quorumctl retire, the workbench's "Start retirement…").
struct RetirementInput
{
    qint64 modelId = 0;
    std::optional<qint64> versionId; ///< the version in production when not given
    QString reason;
    std::optional<qint64> replacementModelId;
    QString archiveLocation;
};

enum class TesterVerdict {
    Passed,
    Failed,
};

/// The life of release requests before and around decisions (SPEC §2, release SOP): register,
/// submit with threshold checks, the QA tester's check, withdraw, expire, retire. Every
/// action is one audited write transaction by @p actor. Throws GovernanceError when the rules
/// refuse (nothing written) and DatabaseError when the database fails.
class ReleaseService
{
public:
    explicit ReleaseService(Database &db);

    /// Registers a version (and its model when new; the model's owner defaults to @p actor).
    /// Refuses a version that exists already, a malformed version or checksum, and an unknown
    /// owner.
    Registration registerVersion(const RegistrationInput &input, const Person &actor);

    /// Submits @p input.versionId for the stage transition, judged under the tier's current
    /// policy; runs and stores the threshold checks with their values. A request that follows
    /// one closed with "changes requested" (or rejected, withdrawn, expired) for the same
    /// version and stage links to it, so the history stays. Refuses a version that already
    /// has a pending request, a retired model, a transition that is not forward (use retire()
    /// for Retired). Returns the request id.
    qint64 submit(const SubmissionInput &input, const Person &submitter);

    /// Starts a retirement: a request to the Retired stage by the model's owner, with a reason;
    /// the model becomes Retiring until it is decided. Returns the request id.
    qint64 retire(const RetirementInput &input, const Person &owner);

    /// Records a QA tester's check ("Tester ✓") of a pending request; the tester holds the qa
    /// role and neither submitted the request nor owns the model.
    qint64 recordTesterCheck(qint64 requestId, const Person &tester, TesterVerdict verdict,
                             const QString &comment);

    /// Withdraws a pending request; only its submitter or the model's owner may.
    void withdraw(qint64 requestId, const Person &person);

    /// Marks every pending request whose expiry has passed as expired; returns how many.
    int expireDue();

private:
    Model newModel(const QString &name, const RegistrationInput &input, const Person &actor);

    Database &m_db;
};

} // namespace Quorum
