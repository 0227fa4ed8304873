// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl show MODEL': one model's facts and all its versions.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "invocation.h"
#include "modeljson.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Quorum::Cli {

namespace {

/// Hashes are 64 hex digits; people recognise one by its start (--json prints them whole).
constexpr qsizetype kShortHash = 12;

struct ModelDetails
{
    Model model;
    std::optional<Person> owner;
    std::vector<ModelVersion> versions; ///< newest first
    std::vector<QString> parents;       ///< parent label of each version, "" when none
};

class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Show one model and its versions"); }
    QString description() const override
    {
        return tr("Shows a model's facts and every version, newest first: stage, creation "
                  "date,\nframework, artifact SHA-256 (abbreviated; whole with --json), parent "
                  "version\nand deployment.");
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("MODEL"),
                 tr("The model's machine name, e.g. fraud-detection (any case).")}};
    }
    QString failureMeaning() const override { return tr("no model of that name"); }

    ExitCode run(const Invocation &invocation) override
    {
        const QString name = invocation.positionalArguments().constFirst();
        Database db = Database::open(invocation.databasePath());
        std::optional<Model> model = ModelRepository(db).byName(name);
        if (!model) {
            Console::error(
                tr("no model named '%1' in %2 (see 'quorumctl models')").arg(name, db.path()));
            return ExitCode::Failed;
        }
        const ModelDetails details = load(db, std::move(*model));
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(details)));
        } else {
            Console::out(toText(details));
        }
        return ExitCode::Success;
    }

private:
    static ModelDetails load(Database &db, Model model)
    {
        ModelDetails details{std::move(model), {}, {}, {}};
        details.owner = PersonRepository(db).byId(details.model.ownerId);
        const VersionRepository versions(db);
        details.versions = versions.forModel(details.model.id);
        for (const ModelVersion &version : details.versions) {
            details.parents.push_back(parentLabel(db, details, version));
        }
        return details;
    }

    static QString parentLabel(Database &db, const ModelDetails &details,
                               const ModelVersion &version)
    {
        if (!version.parentVersionId) {
            return {};
        }
        for (const ModelVersion &other : details.versions) {
            if (other.id == *version.parentVersionId) {
                return other.version.toString();
            }
        }
        // Lineage may cross models (a model rebuilt from another's version).
        const std::optional<ModelVersion> parent
            = VersionRepository(db).byId(*version.parentVersionId);
        if (!parent) {
            return QStringLiteral("#%1").arg(*version.parentVersionId);
        }
        const std::optional<Model> parentModel = ModelRepository(db).byId(parent->modelId);
        return (parentModel ? parentModel->name : QStringLiteral("?")) + QLatin1Char('@')
            + parent->version.toString();
    }

    static QString productionVersion(const ModelDetails &details)
    {
        for (const ModelVersion &version : details.versions) {
            if (version.stage == Stage::Production) {
                return version.version.toString();
            }
        }
        return {};
    }

    static QJsonObject toJson(const ModelDetails &details)
    {
        QJsonObject object
            = ModelJson::fromModel(details.model, details.owner ? details.owner->name : QString(),
                                   details.owner ? details.owner->email : QString());
        object.insert(QStringLiteral("production_version"),
                      ModelJson::textOrNull(productionVersion(details)));
        QJsonArray versions;
        for (std::size_t i = 0; i < details.versions.size(); ++i) {
            versions.append(ModelJson::fromVersion(details.versions[i], details.parents[i]));
        }
        object.insert(QStringLiteral("versions"), versions);
        return object;
    }

    static QString toText(const ModelDetails &details)
    {
        const Model &m = details.model;
        QString owner = details.owner ? details.owner->name : tr("(unknown)");
        if (details.owner && !details.owner->email.isEmpty()) {
            owner += QStringLiteral(" <%1>").arg(details.owner->email);
        }
        const QString production = productionVersion(details);
        const QList<std::pair<QString, QString>> facts{
            {tr("Name:"), m.name},
            {tr("Display name:"), m.displayName},
            {tr("Risk tier:"), riskTierLabel(m.tier)},
            {tr("Status:"), modelStatusLabel(m.status)},
            {tr("Owner:"), owner},
            {tr("Team:"), m.team},
            {tr("Use case:"), m.useCase},
            {tr("Regulatory context:"), m.regulatoryContext},
            {tr("Production version:"), production.isEmpty() ? tr("none") : production},
            {tr("Created:"), dateText(m.createdAt)},
            {tr("Updated:"), dateText(m.updatedAt)},
        };
        qsizetype width = 0;
        for (const auto &fact : facts) {
            width = std::max(width, fact.first.size());
        }
        QString text;
        for (const auto &fact : facts) {
            text += fact.first.leftJustified(width + 1) + orDash(fact.second) + QLatin1Char('\n');
        }
        if (!m.intendedUse.isEmpty()) {
            text += QLatin1Char('\n') + tr("Intended use:") + QLatin1Char('\n') + m.intendedUse
                + QLatin1Char('\n');
        }
        if (!m.description.isEmpty()) {
            text += QLatin1Char('\n') + tr("Description:") + QLatin1Char('\n') + m.description
                + QLatin1Char('\n');
        }
        text += QLatin1Char('\n') + tr("Versions (%1):").arg(details.versions.size())
            + QLatin1Char('\n');
        if (details.versions.empty()) {
            return text + tr("none yet") + QLatin1Char('\n');
        }
        return text + versionTable(details);
    }

    static QString versionTable(const ModelDetails &details)
    {
        TablePrinter table({tr("VERSION"), tr("STAGE"), tr("CREATED"), tr("FRAMEWORK"),
                            tr("SHA256"), tr("PARENT"), tr("DEPLOYMENT")});
        for (std::size_t i = 0; i < details.versions.size(); ++i) {
            const ModelVersion &v = details.versions[i];
            const QString framework
                = QString(v.framework + QLatin1Char(' ') + v.frameworkVersion).trimmed();
            QString deployment = v.deploymentTarget;
            if (!v.deploymentUrl.isEmpty()) {
                deployment
                    += (deployment.isEmpty() ? QString() : QStringLiteral(" ")) + v.deploymentUrl;
            }
            table.addRow({v.version.toString(), stageLabel(v.stage), dateText(v.createdAt),
                          orDash(framework), orDash(v.artifactSha256.left(kShortHash)),
                          orDash(details.parents[i]), orDash(deployment)});
        }
        return table.toString();
    }

    static QString dateText(const QDateTime &time)
    {
        return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                              : QStringLiteral("-");
    }

    static QString orDash(const QString &text)
    {
        return text.isEmpty() ? QStringLiteral("-") : text;
    }
};

} // namespace

std::unique_ptr<Command> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace Quorum::Cli
