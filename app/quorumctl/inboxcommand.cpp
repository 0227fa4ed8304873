// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl inbox --as EMAIL': the pending requests that await one person's decision.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/inbox.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "governancetext.h"
#include "invocation.h"
#include "storage/database.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace Quorum::Cli {

namespace {

class InboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::InboxCommand)

public:
    QString name() const override { return QStringLiteral("inbox"); }
    QString summary() const override { return tr("List the requests awaiting your decision"); }
    QString description() const override
    {
        return tr("Lists the pending release requests that a person may decide, oldest "
                  "first: not\nsubmitted by them, for models they do not own, in a role the "
                  "request's policy\nasks of them, and not decided by them yet. Shows the "
                  "role they would sign in,\nhow far the quorum has come and, when they cannot "
                  "approve yet, why (a failed\ncheck awaits a waiver, the QA tester's check is "
                  "missing).");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] inbox --as EMAIL [--json]")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption({QStringLiteral("as")}, tr("Whose inbox, by e-mail address."),
                                   QStringLiteral("EMAIL"))};
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::Failed, tr("no person with that e-mail address")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QString email = GovernanceInput::required(invocation, QStringLiteral("as"));
        Database db = Database::open(invocation.databasePath());
        const Person person = GovernanceInput::personByEmail(db, email);
        const std::vector<InboxItem> items = inboxFor(db, person.id);
        if (invocation.json()) {
            QJsonArray rows;
            for (const InboxItem &item : items) {
                rows.append(toJson(item));
            }
            Console::json(QJsonDocument(rows));
        } else if (items.empty()) {
            Console::out(tr("Nothing awaits %1's decision.\n").arg(person.name));
        } else {
            Console::out(toText(items));
        }
        return ExitCode::Success;
    }

private:
    static QString progressText(const Tally &tally)
    {
        QStringList parts;
        for (const RequirementProgress &p : tally.progress) {
            parts << GovernanceText::progress(p);
        }
        return parts.join(QStringLiteral(", "));
    }

    static int failedChecks(const ReleaseRequest &request)
    {
        return static_cast<int>(std::count_if(request.checks.begin(), request.checks.end(),
                                              [](const ThresholdCheck &c) { return !c.passed; }));
    }

    static QString toText(const std::vector<InboxItem> &items)
    {
        TablePrinter table({tr("REQUEST"), tr("MODEL"), tr("VERSION"), tr("TO"), tr("TIER"),
                            tr("ROLE"), tr("FAILED"), tr("QUORUM"), tr("EXPIRES"), tr("NOTE")},
                           {TablePrinter::Align::Right});
        for (const InboxItem &item : items) {
            const DecisionSituation &s = item.situation;
            table.addRow({QStringLiteral("#%1").arg(s.request.id), s.model.name,
                          s.version.version.toString(), stageKey(s.request.toStage),
                          QString::number(s.policy.tier), roleKey(item.role),
                          QString::number(failedChecks(s.request)), progressText(item.tally),
                          s.request.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                          item.approvalBlockedBy});
        }
        return table.toString();
    }

    static QJsonObject toJson(const InboxItem &item)
    {
        const DecisionSituation &s = item.situation;
        return {
            {QStringLiteral("request_id"), s.request.id},
            {QStringLiteral("model"), s.model.name},
            {QStringLiteral("version"), s.version.version.toString()},
            {QStringLiteral("from_stage"), stageKey(s.request.fromStage)},
            {QStringLiteral("to_stage"), stageKey(s.request.toStage)},
            {QStringLiteral("tier"), s.policy.tier},
            {QStringLiteral("policy_version"), s.policy.version},
            {QStringLiteral("submitted_by"), s.submitter.email},
            {QStringLiteral("submitted_at"), GovernanceJson::time(s.request.submittedAt)},
            {QStringLiteral("expires_at"), GovernanceJson::time(s.request.expiresAt)},
            {QStringLiteral("role"), roleKey(item.role)},
            {QStringLiteral("can_vote"), item.canVote},
            {QStringLiteral("can_waive"), item.canWaive},
            {QStringLiteral("approval_blocked_by"),
             item.approvalBlockedBy.isEmpty() ? QJsonValue() : QJsonValue(item.approvalBlockedBy)},
            {QStringLiteral("checks"), GovernanceJson::checks(s.request.checks)},
            {QStringLiteral("tally"), GovernanceJson::tally(item.tally)},
        };
    }
};

} // namespace

std::unique_ptr<Command> makeInboxCommand()
{
    return std::make_unique<InboxCommand>();
}

} // namespace Quorum::Cli
