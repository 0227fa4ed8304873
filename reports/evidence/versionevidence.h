// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"
#include "domain/dataset.h"
#include "domain/decision.h"
#include "domain/driftobservation.h"
#include "domain/evaluation.h"
#include "domain/fairnessreport.h"
#include "domain/model.h"
#include "domain/modelcard.h"
#include "domain/modelversion.h"
#include "domain/person.h"
#include "domain/releaserequest.h"
#include "domain/riskassessment.h"
#include "governance/approvalrecord.h"
#include "governance/policy.h"
#include "storage/certificaterepository.h"
#include "storage/testercheckrepository.h"

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Reports {

class ReportProgress;

/// A stored decision with what it takes to print its signature manifestation.
struct SignedDecision
{
    Decision decision;
    Person signer;
    std::optional<StoredCertificate> certificate; ///< the certificate the decision names
    bool verified = false; ///< the CMS signature holds over the statement with that certificate
    QString verification;  ///< "Signature verified" or the problem, user-facing
};

/// A release request of the version with its checks, tester checks and signed decisions.
struct RequestEvidence
{
    ReleaseRequest request;
    Person submitter;
    std::vector<TesterCheck> testerChecks;
    std::vector<Person> testers;           ///< the person of each tester check, in the same order
    std::vector<SignedDecision> decisions; ///< oldest first
    std::optional<ApprovalRecord> approvalRecord;
};

/// A dataset the version was trained, validated or tested on, with its lineage.
struct DatasetUse
{
    Dataset dataset;
    QString purpose;              ///< training, validation, test, reference
    std::vector<Dataset> lineage; ///< its ancestors, nearest first (curated → raw)
};

/// Everything the database holds about one model version, read in one go: the input of the
/// Annex IV, model card, fairness and audit reports. A plain value.
struct VersionEvidence
{
    QString databasePath;
    QString instanceId; ///< the database's instance id
    Model model;
    Person owner;
    ModelVersion version;
    std::optional<Person> createdBy;
    std::vector<ModelVersion> history;      ///< all versions of the model, oldest first
    std::optional<ModelVersion> production; ///< the version in production, if any
    std::vector<DatasetUse> datasets;
    std::optional<ModelCard> modelCard; ///< the latest revision
    int modelCardRevisions = 0;
    std::vector<Evaluation> evaluations;
    std::vector<FairnessReport> fairness;
    std::vector<DriftObservation> drift; ///< oldest window first
    std::optional<RiskAssessment> risk;
    std::optional<Person> riskAssessor;
    Policy policy;                         ///< the current policy of the model's tier
    std::vector<RequestEvidence> requests; ///< of this version, oldest first
    std::vector<AuditEvent> auditEvents;   ///< of this model, its versions and their evidence
};

/// The id of version @p version of model @p modelName. Throws ReportError(NotFound) naming
/// the model or the version (and listing the versions there are).
qint64 findVersionId(Database &db, const QString &modelName, const QString &version);

/// Reads the evidence of version @p versionId. Signatures are verified (QCA) at their
/// statements' times. Only reads. Throws ReportError(NotFound) for an unknown version,
/// DatabaseError from the storage layer.
VersionEvidence loadVersionEvidence(Database &db, qint64 versionId, const ReportProgress &progress);

/// The audit events about model @p modelId: the model row, its versions, their evidence,
/// requests, decisions and retirements; in sequence order.
std::vector<AuditEvent> auditEventsForModel(Database &db, qint64 modelId);

} // namespace Quorum::Reports
