// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl register': a new model version (and its model when new), with its checksum.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "crypto/sha256.h"
#include "governance/releaseservice.h"
#include "governanceinput.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class RegisterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::RegisterCommand)

public:
    QString name() const override { return QStringLiteral("register"); }
    QString summary() const override { return tr("Register a model version"); }
    QString description() const override
    {
        return tr("Registers a new version of a model in the development stage, with the "
                  "SHA-256 of\nits artifact: --artifact hashes the file and records its "
                  "absolute path as the\nartifact's location; --sha256 takes a checksum "
                  "computed elsewhere. A model that\ndoes not exist yet is created: give its "
                  "--tier (1 critical … 4 minimal) and its\n--owner (the registering person by "
                  "default). The registering person is --as,\nelse --owner.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] register --model M --version V "
                               "(--artifact FILE | --sha256 HEX)\n"
                               "                 [--tier N] [--owner EMAIL] [--as EMAIL] "
                               "[--json]")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("model")}, tr("The model's machine name."),
                               QStringLiteral("M")),
            QCommandLineOption({QStringLiteral("version")},
                               tr("The new version, a semantic version such as 1.4.0."),
                               QStringLiteral("V")),
            QCommandLineOption({QStringLiteral("artifact")},
                               tr("The model artifact file: hashed, its path recorded."),
                               QStringLiteral("FILE")),
            QCommandLineOption({QStringLiteral("sha256")},
                               tr("The artifact's SHA-256 (64 hex digits) instead."),
                               QStringLiteral("HEX")),
            QCommandLineOption({QStringLiteral("tier")},
                               tr("A new model's risk tier, 1 to 4 (must match otherwise)."),
                               QStringLiteral("N")),
            QCommandLineOption({QStringLiteral("owner")},
                               tr("A new model's owner, by e-mail address."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption({QStringLiteral("as")},
                               tr("Who registers, by e-mail address (default: --owner)."),
                               QStringLiteral("EMAIL")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        QList<ExitCodeMeaning> codes
            = GovernanceInput::exitCodes(tr("no person with that e-mail address"));
        codes.append({ExitCode::Usage,
                      tr("usage error: a missing option, a malformed name, version, tier or\n"
                         "checksum, an artifact file that cannot be read, a new model without "
                         "--tier")});
        return codes;
    }

    ExitCode run(const Invocation &invocation) override
    {
        RegistrationInput input;
        input.modelName = GovernanceInput::required(invocation, QStringLiteral("model"));
        input.version = GovernanceInput::required(invocation, QStringLiteral("version"));
        input.ownerEmail = invocation.value(QStringLiteral("owner")).trimmed();
        input.tier = tier(invocation);
        const QString actorEmail = invocation.isSet(QStringLiteral("as"))
            ? invocation.value(QStringLiteral("as")).trimmed()
            : input.ownerEmail;
        if (actorEmail.isEmpty()) {
            throw UsageError(tr("say who registers: --as EMAIL (or --owner EMAIL)."));
        }
        artifact(invocation, input);
        Database db = Database::open(invocation.databasePath());
        const Person actor = GovernanceInput::personByEmail(db, actorEmail);
        const Registration registration = ReleaseService(db).registerVersion(input, actor);
        const Model model = ModelRepository(db).byId(registration.modelId).value_or(Model());
        const Person owner = PersonRepository(db).byId(model.ownerId).value_or(Person());
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(input, registration, model, owner)));
        } else {
            Console::out(toText(input, registration, model, owner));
        }
        return ExitCode::Success;
    }

private:
    static std::optional<int> tier(const Invocation &invocation)
    {
        if (!invocation.isSet(QStringLiteral("tier"))) {
            return std::nullopt;
        }
        const QString text = invocation.value(QStringLiteral("tier"));
        const std::optional<RiskTier> tier = riskTierFromText(text);
        if (!tier) {
            throw UsageError(tr("--tier needs 1 (critical) to 4 (minimal), not '%1'.").arg(text));
        }
        return tierNumber(*tier);
    }

    static void artifact(const Invocation &invocation, RegistrationInput &input)
    {
        const bool file = invocation.isSet(QStringLiteral("artifact"));
        const bool sha = invocation.isSet(QStringLiteral("sha256"));
        if (file == sha) {
            throw UsageError(tr("give either --artifact FILE or --sha256 HEX."));
        }
        if (sha) {
            input.artifactSha256 = invocation.value(QStringLiteral("sha256")).trimmed();
            return;
        }
        const QFileInfo info(invocation.value(QStringLiteral("artifact")));
        if (!info.isFile()) {
            throw UsageError(tr("the artifact file %1 does not exist.")
                                 .arg(QDir::toNativeSeparators(info.filePath())));
        }
        input.artifactUri = info.absoluteFilePath();
        input.artifactSha256 = Crypto::sha256OfFile(input.artifactUri);
        if (input.artifactSha256.isEmpty()) {
            throw UsageError(tr("the artifact file %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(input.artifactUri)));
        }
    }

    static QJsonObject toJson(const RegistrationInput &input, const Registration &registration,
                              const Model &model, const Person &owner)
    {
        return {
            {QStringLiteral("model"), model.name},
            {QStringLiteral("model_id"), registration.modelId},
            {QStringLiteral("model_created"), registration.modelCreated},
            {QStringLiteral("tier"), tierNumber(model.tier)},
            {QStringLiteral("owner"), owner.email},
            {QStringLiteral("version"), input.version.trimmed()},
            {QStringLiteral("version_id"), registration.versionId},
            {QStringLiteral("stage"), stageKey(Stage::Development)},
            {QStringLiteral("artifact_sha256"), input.artifactSha256.toLower()},
            {QStringLiteral("artifact_uri"),
             input.artifactUri.isEmpty() ? QJsonValue() : QJsonValue(input.artifactUri)},
        };
    }

    static QString toText(const RegistrationInput &input, const Registration &registration,
                          const Model &model, const Person &owner)
    {
        QString text = tr("Registered %1 %2 (version #%3) in development.\n")
                           .arg(model.name, input.version.trimmed())
                           .arg(registration.versionId);
        if (registration.modelCreated) {
            text += tr("New model:  %1, %2, owned by %3\n")
                        .arg(model.name, riskTierLabel(model.tier),
                             GovernanceInput::personLabel(owner));
        }
        text += tr("SHA-256:    %1\n").arg(input.artifactSha256.toLower());
        if (!input.artifactUri.isEmpty()) {
            text += tr("Artifact:   %1\n").arg(QDir::toNativeSeparators(input.artifactUri));
        }
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeRegisterCommand()
{
    return std::make_unique<RegisterCommand>();
}

} // namespace Quorum::Cli
