// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl withdraw REQUEST': the submitter or the model's owner takes a request back.
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

class WithdrawCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::WithdrawCommand)

public:
    QString name() const override { return QStringLiteral("withdraw"); }
    QString summary() const override { return tr("Withdraw a pending release request"); }
    QString description() const override
    {
        return tr("Withdraws a pending release request; only its submitter or the model's "
                  "owner\nmay. The decisions already signed stay on record; the version goes "
                  "back to\nthe stage it had.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] withdraw REQUEST --as EMAIL [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("REQUEST"), tr("The request's id, e.g. 12.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption({QStringLiteral("as")},
                                   tr("The submitter or the model's owner, by e-mail address."),
                                   QStringLiteral("EMAIL"))};
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return GovernanceInput::exitCodes(tr("no such request or person"));
    }

    ExitCode run(const Invocation &invocation) override
    {
        const qint64 requestId = GovernanceInput::requestArgument(invocation);
        const QString email = GovernanceInput::required(invocation, QStringLiteral("as"));
        Database db = Database::open(invocation.databasePath());
        const Person person = GovernanceInput::personByEmail(db, email);
        ReleaseService(db).withdraw(requestId, person);
        if (invocation.json()) {
            Console::json(QJsonDocument(QJsonObject{
                {QStringLiteral("request_id"), requestId},
                {QStringLiteral("status"), requestStatusKey(RequestStatus::Withdrawn)},
                {QStringLiteral("by"), person.email},
            }));
        } else {
            Console::out(tr("Withdrew request #%1 (%2).\n")
                             .arg(requestId)
                             .arg(GovernanceInput::personLabel(person)));
        }
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeWithdrawCommand()
{
    return std::make_unique<WithdrawCommand>();
}

} // namespace Quorum::Cli
