// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl tester REQUEST': the QA tester's check of a release ("Tester ✓", release SOP step 3).
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/releaseservice.h"
#include "governanceinput.h"
#include "invocation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class TesterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::TesterCommand)

public:
    QString name() const override { return QStringLiteral("tester"); }
    QString summary() const override { return tr("Record the QA tester's check of a request"); }
    QString description() const override
    {
        return tr("Records a QA tester's check of a pending release request (the release "
                  "SOP's\n\"Tester ✓\"): passed or failed, with a comment. A policy that "
                  "requires it (tier 1)\nallows no approval before a passed check. The tester "
                  "holds the qa role and\nneither submitted the request nor owns the model.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] tester REQUEST --as EMAIL (--passed | --failed) "
                               "[--comment TEXT] [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("REQUEST"), tr("The request's id, e.g. 12.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("as")}, tr("The QA tester, by e-mail address."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption({QStringLiteral("passed")}, tr("The release passed the test.")),
            QCommandLineOption({QStringLiteral("failed")}, tr("The release failed the test.")),
            QCommandLineOption({QStringLiteral("comment")}, tr("What was checked, what was found."),
                               QStringLiteral("TEXT")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return GovernanceInput::exitCodes(tr("no such request or person"));
    }

    ExitCode run(const Invocation &invocation) override
    {
        const qint64 requestId = GovernanceInput::requestArgument(invocation);
        const bool passed = invocation.isSet(QStringLiteral("passed"));
        if (passed == invocation.isSet(QStringLiteral("failed"))) {
            throw UsageError(tr("give either --passed or --failed."));
        }
        const QString email = GovernanceInput::required(invocation, QStringLiteral("as"));
        const QString comment = invocation.value(QStringLiteral("comment")).trimmed();
        Database db = Database::open(invocation.databasePath());
        const Person tester = GovernanceInput::personByEmail(db, email);
        const qint64 id = ReleaseService(db).recordTesterCheck(
            requestId, tester, passed ? TesterVerdict::Passed : TesterVerdict::Failed, comment);
        if (invocation.json()) {
            Console::json(QJsonDocument(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("request_id"), requestId},
                {QStringLiteral("tester"), tester.name},
                {QStringLiteral("email"), tester.email},
                {QStringLiteral("passed"), passed},
                {QStringLiteral("comment"), comment},
            }));
        } else {
            Console::out(tr("Recorded the tester's check of request #%1 by %2: %3.\n")
                             .arg(requestId)
                             .arg(GovernanceInput::personLabel(tester),
                                  passed ? tr("passed") : tr("failed")));
        }
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeTesterCommand()
{
    return std::make_unique<TesterCommand>();
}

} // namespace Quorum::Cli
