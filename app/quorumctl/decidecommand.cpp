// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl decide REQUEST': a signed decision on a release request, interactive or automated.
#include "automatedmode.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "crypto/identity.h"
#include "governance/approvalservice.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "governancetext.h"
#include "invocation.h"
#include "passphraseprompt.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

namespace Quorum::Cli {

namespace {

const QStringList &interactiveOnlyOptions()
{
    static const QStringList options{QStringLiteral("verdict"), QStringLiteral("rationale"),
                                     QStringLiteral("conditions"), QStringLiteral("expires")};
    return options;
}

class DecideCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::DecideCommand)

public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override { return tr("Sign a decision on a release request"); }
    QString description() const override
    {
        return tr(
            "Signs a decision on a pending release request with your key (a PKCS#12 "
            "file; its\npassphrase from --passphrase-file, else QUORUM_PASSPHRASE, else asked on "
            "the\nterminal without echo) and records it, checked against the request's policy\n"
            "and segregation of duties. Prints the signature: signer, date and time (UTC)\n"
            "and meaning (21 CFR 11.50).\nA waiver (--verdict waiver) lets failed threshold "
            "checks pass until --expires\n(YYYY-MM-DD, the end of that day UTC, or an ISO "
            "date and time; UTC when no zone\nis given); only the roles the policy names "
            "may grant one.\nAutomated mode (release SOP): with --automated the verdict "
            "comes from\nDEPLOY_APPROVAL (y approve, n reject), the rationale from "
            "APPROVAL_RATIONALE, and\nAPPROVER must be the key holder's name or e-mail "
            "address. It is recorded as\ndecision_mode \"automated\", signed and "
            "policy-checked like any decision.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] decide REQUEST --verdict VERDICT --rationale TEXT "
                               "--key FILE.p12\n"
                               "                 [--conditions TEXT] [--expires DATE] "
                               "[--role ROLE] [--json]"),
                QStringLiteral("[--db FILE] decide REQUEST --automated --key FILE.p12 "
                               "[--role ROLE] [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("REQUEST"), tr("The request's id, e.g. 12.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("verdict")},
                               tr("approve, approve-with-conditions, reject, request-changes\n"
                                  "or waiver."),
                               QStringLiteral("VERDICT")),
            QCommandLineOption({QStringLiteral("rationale")}, tr("Why you decide so (required)."),
                               QStringLiteral("TEXT")),
            QCommandLineOption({QStringLiteral("conditions")},
                               tr("The conditions of approve-with-conditions."),
                               QStringLiteral("TEXT")),
            QCommandLineOption({QStringLiteral("expires")},
                               tr("When a waiver ends: YYYY-MM-DD or an ISO date-time."),
                               QStringLiteral("DATE")),
            QCommandLineOption({QStringLiteral("role")},
                               tr("The role to sign in (default: the first the policy asks\n"
                                  "that you hold)."),
                               QStringLiteral("ROLE")),
            QCommandLineOption({QStringLiteral("key")}, tr("Your signing key file."),
                               QStringLiteral("FILE.p12")),
            QCommandLineOption({QStringLiteral("passphrase-file")},
                               tr("Read the key's passphrase from the first line of FILE."),
                               QStringLiteral("FILE")),
            QCommandLineOption({QStringLiteral("automated")},
                               tr("Automated mode: DEPLOY_APPROVAL, APPROVER and\n"
                                  "APPROVAL_RATIONALE give the decision.")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {
            {ExitCode::Failed,
             tr("no such request, or the key's certificate belongs to nobody "
                "in the\ndatabase")},
            {ExitCode::Usage,
             tr("usage error: a missing or invalid option, an unknown verdict or role,\na key "
                "file that does not exist or is not a key, a wrong passphrase;\nautomated "
                "mode: DEPLOY_APPROVAL not y or n, APPROVER or\nAPPROVAL_RATIONALE missing")},
            {ExitCode::Refused,
             tr("refused by the policy or segregation of duties (the submitter, the\nmodel's "
                "owner, a second decision, a role not held or not asked, an\napproval of a "
                "failed check without waiver, a closed or expired request;\nautomated mode: "
                "APPROVER is not the key holder); nothing was stored")},
        };
    }

    ExitCode run(const Invocation &invocation) override
    {
        DecisionInput input;
        input.requestId = GovernanceInput::requestArgument(invocation);
        const QString keyPath = keyFile(invocation);
        std::optional<AutomatedMode::Request> automated;
        if (invocation.isSet(QStringLiteral("automated"))) {
            automated = automatedInput(invocation, input);
        } else {
            interactiveInput(invocation, input);
        }
        if (invocation.isSet(QStringLiteral("role"))) {
            const QString key = invocation.value(QStringLiteral("role"));
            input.role = roleFromKey(key.trimmed());
            if (!input.role) {
                throw UsageError(tr("unknown role '%1'.").arg(key));
            }
        }
        Database db = Database::open(invocation.databasePath());
        GovernanceInput::request(db, input.requestId); // before asking for the passphrase
        const Identity identity = Identity::load(
            keyPath, readPassphrase(keyPath, invocation.value(QStringLiteral("passphrase-file"))));
        if (automated) {
            AutomatedMode::checkApprover(db, automated->approver, identity.certificate());
        }
        const DecisionOutcome outcome = ApprovalService(db).decide(input, identity);
        const Decision decision
            = DecisionRepository(db).byId(outcome.decisionId).value_or(Decision());
        const GovernanceText::Signer signer = GovernanceText::signerOf(db, decision);
        for (const QString &problem : outcome.fileProblems) {
            Console::error(tr("warning: %1").arg(problem));
        }
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(decision, signer, outcome)));
        } else {
            Console::out(toText(decision, signer, outcome));
        }
        return ExitCode::Success;
    }

private:
    static QString keyFile(const Invocation &invocation)
    {
        const QString path = GovernanceInput::required(invocation, QStringLiteral("key"));
        if (!QFileInfo(path).isFile()) {
            throw UsageError(
                tr("the key file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        return path;
    }

    static AutomatedMode::Request automatedInput(const Invocation &invocation, DecisionInput &input)
    {
        for (const QString &option : interactiveOnlyOptions()) {
            if (invocation.isSet(option)) {
                throw UsageError(tr("--%1 does not go with --automated: the environment gives "
                                    "the decision.")
                                     .arg(option));
            }
        }
        AutomatedMode::Request request = AutomatedMode::fromEnvironment();
        input.verdict = request.verdict;
        input.rationale = request.rationale;
        input.mode = DecisionMode::Automated;
        return request;
    }

    static void interactiveInput(const Invocation &invocation, DecisionInput &input)
    {
        const QString verdictText
            = GovernanceInput::required(invocation, QStringLiteral("verdict"));
        const std::optional<Verdict> verdict = verdictFromKey(verdictText);
        if (!verdict) {
            throw UsageError(tr("unknown verdict '%1': use approve, approve-with-conditions, "
                                "reject, request-changes or waiver.")
                                 .arg(verdictText));
        }
        input.verdict = *verdict;
        input.rationale = GovernanceInput::required(invocation, QStringLiteral("rationale"));
        input.conditions = invocation.value(QStringLiteral("conditions")).trimmed();
        if (!input.conditions.isEmpty() && input.verdict != Verdict::ApproveWithConditions) {
            throw UsageError(tr("--conditions goes with --verdict approve-with-conditions."));
        }
        if (invocation.isSet(QStringLiteral("expires"))) {
            if (input.verdict != Verdict::Waiver) {
                throw UsageError(tr("--expires goes with --verdict waiver."));
            }
            input.waiverExpiresAt = expiry(invocation.value(QStringLiteral("expires")));
        }
    }

    /// A bare date is the end of that day in UTC; a date-time without a zone is UTC.
    static QDateTime expiry(const QString &text)
    {
        const QString trimmed = text.trimmed();
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (trimmed.size() == 10 && date.isValid()) {
            return QDateTime(date, QTime(23, 59, 59), QTimeZone::utc());
        }
        QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!time.isValid()) {
            throw UsageError(tr("--expires needs a date as YYYY-MM-DD or an ISO date and time, "
                                "not '%1'.")
                                 .arg(text));
        }
        if (time.timeSpec() == Qt::LocalTime) {
            time.setTimeZone(QTimeZone::utc());
        }
        return time.toUTC();
    }

    static QString toText(const Decision &decision, const GovernanceText::Signer &signer,
                          const DecisionOutcome &outcome)
    {
        QString text = tr("Recorded decision #%1 on request #%2.\n")
                           .arg(decision.id)
                           .arg(decision.requestId);
        text += GovernanceText::manifestation(decision, signer) + QLatin1Char('\n');
        if (decision.mode == DecisionMode::Automated) {
            text += tr("Mode: automated (DEPLOY_APPROVAL)\n");
        }
        text += tr("Request #%1 is now %2.\n")
                    .arg(decision.requestId)
                    .arg(requestStatusLabel(outcome.requestStatus).toLower());
        text += GovernanceText::tallyLines(outcome.tally, QStringLiteral("  "));
        if (!outcome.approvalRecordPath.isEmpty()) {
            text += tr("Approval record: %1\n")
                        .arg(QDir::toNativeSeparators(outcome.approvalRecordPath));
        }
        if (!outcome.releaseLogPath.isEmpty()) {
            text += tr("Release log:     %1\n")
                        .arg(QDir::toNativeSeparators(outcome.releaseLogPath));
        }
        return text;
    }

    static QJsonObject toJson(const Decision &decision, const GovernanceText::Signer &signer,
                              const DecisionOutcome &outcome)
    {
        QJsonObject object = GovernanceJson::decision(decision, signer);
        object.insert(QStringLiteral("request_status"), requestStatusKey(outcome.requestStatus));
        object.insert(QStringLiteral("tally"), GovernanceJson::tally(outcome.tally));
        const auto pathOrNull = [](const QString &path) {
            return path.isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(path));
        };
        object.insert(QStringLiteral("approval_record"), pathOrNull(outcome.approvalRecordPath));
        object.insert(QStringLiteral("release_log"), pathOrNull(outcome.releaseLogPath));
        object.insert(QStringLiteral("file_problems"),
                      QJsonArray::fromStringList(outcome.fileProblems));
        return object;
    }
};

} // namespace

std::unique_ptr<Command> makeDecideCommand()
{
    return std::make_unique<DecideCommand>();
}

} // namespace Quorum::Cli
