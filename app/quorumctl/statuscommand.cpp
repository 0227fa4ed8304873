// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl status REQUEST': one release request, its checks, quorum and signed decisions.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/approvalservice.h"
#include "governance/policyrepository.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "governancetext.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/testercheckrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quorum::Cli {

namespace {

struct RequestDetails
{
    ReleaseRequest request;
    Model model;
    ModelVersion version;
    Policy policy;
    Person submitter;
    Tally tally;
    std::vector<std::pair<Decision, GovernanceText::Signer>> decisions;
    std::vector<std::pair<TesterCheck, Person>> testerChecks;
    QString replacement; ///< a retirement's replacement model, by name
};

class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override { return tr("Show a release request and its decisions"); }
    QString description() const override
    {
        return tr("Shows a release request: model, version, stage transition, the policy it "
                  "is\njudged under, its status, each threshold check with its actual value, "
                  "how far\neach line of the approval matrix has come (\"reviewer 3 of 4 (of "
                  "5)\"), the QA\ntester's checks and every decision with its signature: "
                  "signer, date and time\n(UTC) and meaning.");
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("REQUEST"), tr("The request's id, e.g. 12.")}};
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::Failed, tr("no such request")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const qint64 id = GovernanceInput::requestArgument(invocation);
        Database db = Database::open(invocation.databasePath());
        const RequestDetails details = load(db, id);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(details)));
        } else {
            Console::out(toText(details));
        }
        return ExitCode::Success;
    }

private:
    static RequestDetails load(Database &db, qint64 id)
    {
        RequestDetails d;
        d.request = GovernanceInput::request(db, id);
        d.version = VersionRepository(db).byId(d.request.versionId).value_or(ModelVersion());
        d.model = ModelRepository(db).byId(d.version.modelId).value_or(Model());
        d.policy = PolicyRepository(db).byId(d.request.policyId).value_or(Policy());
        const PersonRepository people(db);
        d.submitter = people.byId(d.request.submittedBy).value_or(Person());
        d.tally = ApprovalService(db).tally(id);
        for (const Decision &decision : DecisionRepository(db).forRequest(id)) {
            d.decisions.emplace_back(decision, GovernanceText::signerOf(db, decision));
        }
        for (const TesterCheck &check : TesterCheckRepository(db).forRequest(id)) {
            d.testerChecks.emplace_back(check, people.byId(check.personId).value_or(Person()));
        }
        if (d.request.retirement && d.request.retirement->replacementModelId) {
            const auto replacement
                = ModelRepository(db).byId(*d.request.retirement->replacementModelId);
            d.replacement = replacement ? replacement->name : QString();
        }
        return d;
    }

    static QString statusText(const ReleaseRequest &r)
    {
        QString text = requestStatusLabel(r.status).toLower();
        if (r.status == RequestStatus::Pending) {
            text += QStringLiteral(", ") + tr("expires %1").arg(GovernanceText::utc(r.expiresAt));
        } else if (r.closedAt.isValid()) {
            text += QStringLiteral(", ") + tr("closed %1").arg(GovernanceText::utc(r.closedAt));
        }
        return text;
    }

    static QString toText(const RequestDetails &d)
    {
        const ReleaseRequest &r = d.request;
        QString text
            = tr("Request:     #%1%2\n")
                  .arg(r.id)
                  .arg(r.ticketRef.isEmpty() ? QString() : tr(" (ticket %1)").arg(r.ticketRef));
        text += tr("Model:       %1 %2\n").arg(d.model.name, d.version.version.toString());
        text += tr("Transition:  %1 → %2\n").arg(stageKey(r.fromStage), stageKey(r.toStage));
        text += tr("Policy:      tier %1, version %2\n").arg(d.policy.tier).arg(d.policy.version);
        text += tr("Status:      %1\n").arg(statusText(r));
        text += tr("Submitted:   %1 by %2\n")
                    .arg(GovernanceText::utc(r.submittedAt),
                         GovernanceInput::personLabel(d.submitter));
        text += tr("Summary:     %1\n").arg(r.summary);
        if (r.retirement) {
            text += tr("Retirement:  %1%2\n")
                        .arg(r.retirement->reason,
                             d.replacement.isEmpty() ? QString()
                                                     : tr(" (replaced by %1)").arg(d.replacement));
        }
        text += QLatin1Char('\n') + tr("Threshold checks:\n")
            + GovernanceText::checksTable(r.checks, QStringLiteral("  "));
        text += QLatin1Char('\n')
            + tr("Approvals (%1):\n").arg(GovernanceText::outcomeKey(d.tally.outcome))
            + GovernanceText::tallyLines(d.tally, QStringLiteral("  "));
        if (!d.testerChecks.empty()) {
            text += QLatin1Char('\n') + tr("Tester checks:\n");
            for (const auto &[check, tester] : d.testerChecks) {
                text += QStringLiteral("  ")
                    + tr("%1 by %2 on %3%4\n")
                          .arg(check.passed ? tr("Passed") : tr("Failed"),
                               GovernanceInput::personLabel(tester),
                               GovernanceText::utc(check.checkedAt),
                               check.comment.isEmpty() ? QString()
                                                       : QStringLiteral(": ") + check.comment);
            }
        }
        text += QLatin1Char('\n') + tr("Decisions (%1):\n").arg(d.decisions.size());
        if (d.decisions.empty()) {
            text += QStringLiteral("  ") + tr("none yet") + QLatin1Char('\n');
        }
        for (const auto &[decision, signer] : d.decisions) {
            text += GovernanceText::decisionBlock(decision, signer, QStringLiteral("  "));
        }
        return text;
    }

    static QJsonObject toJson(const RequestDetails &d)
    {
        const ReleaseRequest &r = d.request;
        QJsonArray decisions;
        for (const auto &[decision, signer] : d.decisions) {
            decisions.append(GovernanceJson::decision(decision, signer));
        }
        QJsonArray testerChecks;
        for (const auto &[check, tester] : d.testerChecks) {
            testerChecks.append(
                QJsonObject{{QStringLiteral("tester"), tester.name},
                            {QStringLiteral("email"), tester.email},
                            {QStringLiteral("passed"), check.passed},
                            {QStringLiteral("comment"), check.comment},
                            {QStringLiteral("checked_at"), GovernanceJson::time(check.checkedAt)}});
        }
        QJsonValue retirement;
        if (r.retirement) {
            retirement
                = QJsonObject{{QStringLiteral("reason"), r.retirement->reason},
                              {QStringLiteral("replacement"),
                               d.replacement.isEmpty() ? QJsonValue() : QJsonValue(d.replacement)}};
        }
        return {
            {QStringLiteral("id"), r.id},
            {QStringLiteral("ticket"), r.ticketRef},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("status"), requestStatusKey(r.status)},
            {QStringLiteral("model"), d.model.name},
            {QStringLiteral("version"), d.version.version.toString()},
            {QStringLiteral("from_stage"), stageKey(r.fromStage)},
            {QStringLiteral("to_stage"), stageKey(r.toStage)},
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("id"), d.policy.id},
                         {QStringLiteral("tier"), d.policy.tier},
                         {QStringLiteral("version"), d.policy.version}}},
            {QStringLiteral("submitted_by"),
             QJsonObject{{QStringLiteral("name"), d.submitter.name},
                         {QStringLiteral("email"), d.submitter.email}}},
            {QStringLiteral("submitted_at"), GovernanceJson::time(r.submittedAt)},
            {QStringLiteral("expires_at"), GovernanceJson::time(r.expiresAt)},
            {QStringLiteral("closed_at"), GovernanceJson::time(r.closedAt)},
            {QStringLiteral("retirement"), retirement},
            {QStringLiteral("checks"), GovernanceJson::checks(r.checks)},
            {QStringLiteral("tally"), GovernanceJson::tally(d.tally)},
            {QStringLiteral("tester_checks"), testerChecks},
            {QStringLiteral("decisions"), decisions},
        };
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace Quorum::Cli
