// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl retire': the model owner starts a retirement, a request to the Retired stage.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/approvalservice.h"
#include "governance/releaseservice.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "governancetext.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quorum::Cli {

namespace {

class RetireCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::RetireCommand)

public:
    QString name() const override { return QStringLiteral("retire"); }
    QString summary() const override { return tr("Start a model's retirement"); }
    QString description() const override
    {
        return tr("Starts the retirement of a model version (the version in production by "
                  "default):\na release request to the Retired stage, with its reason, decided "
                  "like any\nrelease under the model's policy. Only the model's owner starts "
                  "it; the model is\nretiring until the request is decided. With "
                  "--replacement, a check records\nwhether the replacing model has a version in "
                  "production.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] retire --model M [--version V] --reason TEXT "
                               "--as EMAIL\n"
                               "                 [--replacement NAME] [--archive LOCATION] "
                               "[--json]")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("model")}, tr("The model's machine name."),
                               QStringLiteral("M")),
            QCommandLineOption({QStringLiteral("version")},
                               tr("The version to retire (default: the one in production)."),
                               QStringLiteral("V")),
            QCommandLineOption({QStringLiteral("reason")}, tr("Why it retires (required)."),
                               QStringLiteral("TEXT")),
            QCommandLineOption({QStringLiteral("replacement")},
                               tr("The model that replaces it, by name."), QStringLiteral("NAME")),
            QCommandLineOption({QStringLiteral("archive")},
                               tr("Where the artifact and evidence are archived."),
                               QStringLiteral("LOCATION")),
            QCommandLineOption({QStringLiteral("as")}, tr("The model's owner, by e-mail address."),
                               QStringLiteral("EMAIL")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return GovernanceInput::exitCodes(
            tr("no such model, version or person, or no version in production"));
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QString reason = GovernanceInput::required(invocation, QStringLiteral("reason"));
        const QString email = GovernanceInput::required(invocation, QStringLiteral("as"));
        const QString modelName = GovernanceInput::required(invocation, QStringLiteral("model"));
        Database db = Database::open(invocation.databasePath());
        const Person owner = GovernanceInput::personByEmail(db, email);
        const Model model = GovernanceInput::modelByName(db, modelName);
        RetirementInput input;
        input.modelId = model.id;
        input.reason = reason;
        input.archiveLocation = invocation.value(QStringLiteral("archive")).trimmed();
        if (invocation.isSet(QStringLiteral("version"))) {
            input.versionId
                = GovernanceInput::version(db, model, invocation.value(QStringLiteral("version")))
                      .id;
        }
        if (invocation.isSet(QStringLiteral("replacement"))) {
            input.replacementModelId
                = GovernanceInput::modelByName(db, invocation.value(QStringLiteral("replacement")))
                      .id;
        }
        const qint64 id = ReleaseService(db).retire(input, owner);
        const ReleaseRequest request = GovernanceInput::request(db, id);
        const ModelVersion version
            = VersionRepository(db).byId(request.versionId).value_or(ModelVersion());
        const Tally tally = ApprovalService(db).tally(id);
        if (invocation.json()) {
            Console::json(QJsonDocument(QJsonObject{
                {QStringLiteral("request_id"), id},
                {QStringLiteral("model"), model.name},
                {QStringLiteral("version"), version.version.toString()},
                {QStringLiteral("from_stage"), stageKey(request.fromStage)},
                {QStringLiteral("to_stage"), stageKey(request.toStage)},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("checks"), GovernanceJson::checks(request.checks)},
                {QStringLiteral("tally"), GovernanceJson::tally(tally)},
            }));
            return ExitCode::Success;
        }
        Console::out(tr("Started the retirement of %1 %2: request #%3 (%4 → retired).\n")
                         .arg(model.name, version.version.toString())
                         .arg(id)
                         .arg(stageKey(request.fromStage))
                     + (request.checks.empty() ? QString()
                                               : tr("Checks:\n")
                                + GovernanceText::checksTable(request.checks, QStringLiteral("  ")))
                     + tr("Approvals needed:\n")
                     + GovernanceText::tallyLines(tally, QStringLiteral("  ")));
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeRetireCommand()
{
    return std::make_unique<RetireCommand>();
}

} // namespace Quorum::Cli
