// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl submit': a release request with its threshold checks, optionally awaited.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/approvalservice.h"
#include "governance/policyrepository.h"
#include "governance/releaseservice.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "governancetext.h"
#include "invocation.h"
#include "requestwait.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace Quorum::Cli {

namespace {

struct Submitted
{
    Model model;
    ModelVersion version;
    ReleaseRequest request;
    Policy policy;
    Tally tally;
};

class SubmitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::SubmitCommand)

public:
    QString name() const override { return QStringLiteral("submit"); }
    QString summary() const override { return tr("Submit a version for release"); }
    QString description() const override
    {
        return tr("Submits a model version for a stage transition (staging, approved or "
                  "production)\nunder its risk tier's current policy, runs the threshold "
                  "checks on its evidence\nand prints the request id and each check with its "
                  "actual value. A failed check\nneeds a waiver before anyone can approve.\n"
                  "With --wait, waits for the decision, polling about once a second (expired\n"
                  "requests are closed as it goes); progress goes to stderr. Exit 0 when the\n"
                  "request is approved, 1 when it is rejected, sent back for changes, "
                  "withdrawn\nor expired, 4 when --timeout seconds pass first.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] submit --model M --version V --to STAGE --as EMAIL\n"
                               "                 [--ticket T] [--summary TEXT] "
                               "[--wait [--timeout S]] [--json]")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("model")}, tr("The model's machine name."),
                               QStringLiteral("M")),
            QCommandLineOption({QStringLiteral("version")}, tr("The version to release."),
                               QStringLiteral("V")),
            QCommandLineOption({QStringLiteral("to")},
                               tr("The stage: staging, approved or production."),
                               QStringLiteral("STAGE")),
            QCommandLineOption({QStringLiteral("as")}, tr("The submitter, by e-mail address."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption({QStringLiteral("ticket")}, tr("The ticket, e.g. AI-REL-<run-id>."),
                               QStringLiteral("T")),
            QCommandLineOption({QStringLiteral("summary")}, tr("One line on what changes."),
                               QStringLiteral("TEXT")),
            QCommandLineOption({QStringLiteral("wait")}, tr("Wait for the decision.")),
            QCommandLineOption({QStringLiteral("timeout")},
                               tr("With --wait: give up after S seconds (default: never)."),
                               QStringLiteral("S")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        QList<ExitCodeMeaning> codes = GovernanceInput::exitCodes(
            tr("no such model, version or person; with --wait: the request was\n"
               "rejected, sent back for changes, withdrawn or expired"));
        codes.append({ExitCode::Timeout,
                      tr("--wait: the timeout passed; the request is still "
                         "pending")});
        return codes;
    }

    ExitCode run(const Invocation &invocation) override
    {
        const std::optional<double> timeout = timeoutOption(invocation);
        const bool wait = invocation.isSet(QStringLiteral("wait"));
        const QString stageText = GovernanceInput::required(invocation, QStringLiteral("to"));
        const std::optional<Stage> stage = stageFromKey(stageText);
        if (!stage) {
            throw UsageError(
                tr("unknown stage '%1': use staging, approved or production.").arg(stageText));
        }
        Database db = Database::open(invocation.databasePath());
        const Person submitter = GovernanceInput::personByEmail(
            db, GovernanceInput::required(invocation, QStringLiteral("as")));
        Submitted s;
        s.model = GovernanceInput::modelByName(
            db, GovernanceInput::required(invocation, QStringLiteral("model")));
        s.version = GovernanceInput::version(
            db, s.model, GovernanceInput::required(invocation, QStringLiteral("version")));
        const qint64 id = ReleaseService(db).submit({s.version.id, *stage,
                                                     invocation.value(QStringLiteral("ticket")),
                                                     invocation.value(QStringLiteral("summary"))},
                                                    submitter);
        s.request = GovernanceInput::request(db, id);
        s.policy = PolicyRepository(db).byId(s.request.policyId).value_or(Policy());
        s.tally = ApprovalService(db).tally(id);
        if (!invocation.json()) {
            Console::out(submittedText(s));
        }
        if (!wait) {
            if (invocation.json()) {
                Console::json(QJsonDocument(toJson(s, false)));
            }
            return ExitCode::Success;
        }
        return awaitDecision(db, invocation, s, timeout);
    }

private:
    static std::optional<double> timeoutOption(const Invocation &invocation)
    {
        if (!invocation.isSet(QStringLiteral("timeout"))) {
            return std::nullopt;
        }
        if (!invocation.isSet(QStringLiteral("wait"))) {
            throw UsageError(tr("--timeout goes with --wait."));
        }
        const QString text = invocation.value(QStringLiteral("timeout"));
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        if (!ok || seconds <= 0.0) {
            throw UsageError(tr("--timeout needs a number of seconds > 0, not '%1'.").arg(text));
        }
        return seconds;
    }

    static ExitCode awaitDecision(Database &db, const Invocation &invocation, Submitted &s,
                                  std::optional<double> timeout)
    {
        const std::optional<ReleaseRequest> closed = waitForDecision(db, s.request.id, timeout);
        if (closed) {
            s.request = *closed;
        }
        s.tally = ApprovalService(db).tally(s.request.id);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(s, !closed)));
        } else if (!closed) {
            Console::out(
                tr("Request #%1 is still pending after %2 s.\n").arg(s.request.id).arg(*timeout));
        } else {
            Console::out(tr("Request #%1 is %2.\n")
                             .arg(s.request.id)
                             .arg(requestStatusLabel(s.request.status).toLower()));
        }
        if (!closed) {
            return ExitCode::Timeout;
        }
        return s.request.status == RequestStatus::Approved ? ExitCode::Success : ExitCode::Failed;
    }

    static QString submittedText(const Submitted &s)
    {
        QString text = tr("Submitted release request #%1: %2 %3, %4 → %5\n")
                           .arg(s.request.id)
                           .arg(s.model.name, s.version.version.toString(),
                                stageKey(s.request.fromStage), stageKey(s.request.toStage));
        text += tr("Policy:   tier %1, version %2; the request expires %3\n")
                    .arg(s.policy.tier)
                    .arg(s.policy.version)
                    .arg(GovernanceText::utc(s.request.expiresAt));
        text += tr("Threshold checks:\n")
            + GovernanceText::checksTable(s.request.checks, QStringLiteral("  "));
        const auto failed = std::count_if(s.request.checks.begin(), s.request.checks.end(),
                                          [](const ThresholdCheck &c) { return !c.passed; });
        if (failed > 0) {
            QStringList roles;
            for (Role role : s.policy.waiverRoles) {
                roles << roleKey(role);
            }
            text += tr("%n check(s) failed: approval needs a waiver by %1 first.\n", nullptr,
                       static_cast<int>(failed))
                        .arg(roles.join(QStringLiteral(" or ")));
        }
        text += tr("Approvals needed:\n")
            + GovernanceText::tallyLines(s.tally, QStringLiteral("  "));
        return text;
    }

    static QJsonObject toJson(const Submitted &s, bool timedOut)
    {
        return {
            {QStringLiteral("request_id"), s.request.id},
            {QStringLiteral("model"), s.model.name},
            {QStringLiteral("version"), s.version.version.toString()},
            {QStringLiteral("from_stage"), stageKey(s.request.fromStage)},
            {QStringLiteral("to_stage"), stageKey(s.request.toStage)},
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("id"), s.policy.id},
                         {QStringLiteral("tier"), s.policy.tier},
                         {QStringLiteral("version"), s.policy.version}}},
            {QStringLiteral("expires_at"), GovernanceJson::time(s.request.expiresAt)},
            {QStringLiteral("checks"), GovernanceJson::checks(s.request.checks)},
            {QStringLiteral("tally"), GovernanceJson::tally(s.tally)},
            {QStringLiteral("status"), requestStatusKey(s.request.status)},
            {QStringLiteral("timed_out"), timedOut},
        };
    }
};

} // namespace

std::unique_ptr<Command> makeSubmitCommand()
{
    return std::make_unique<SubmitCommand>();
}

} // namespace Quorum::Cli
