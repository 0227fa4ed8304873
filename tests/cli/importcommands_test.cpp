// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl import KIND SOURCE' end to end on the real samples of ../shared/data: what lands
// in the database, what is printed, idempotency, --dry-run, --json, the exit codes of refused
// input (with the database unchanged), and the Model Card Toolkit round trip through export.
#include "ctlrunner.h"
#include "governancecli.h"
#include "importfixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

const QString kModel = QStringLiteral("fraud-detection");
const QString kVersion = QStringLiteral("2.1.0");

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString evidentlySample()
{
    return sharedData("drift/DrHazza_data_drift_report.json");
}

/// A database with fraud-detection 2.1.0 registered and no evidence.
struct ImportCli
{
    ImportCli() { gov.registerVersion(kModel, kVersion, 2, std::nullopt); }

    CtlResult importEvidently(const QStringList &extra = {}) const
    {
        return runImport(gov, str("evidently"), evidentlySample(), kModel, kVersion, extra);
    }

    /// One column of one drift observation of fraud-detection 2.1.0.
    QVariant drift(const char *column, const char *feature) const
    {
        return gov.scalar(str("SELECT %1 FROM drift_observations WHERE feature = '%2'")
                              .arg(str(column), str(feature)));
    }

    GovernanceCli gov;
};

} // namespace

TEST_CASE("import evidently stores one drift observation per column of the real report",
          "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const CtlResult result = cli.importEvidently();
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out.toStdString(),
               ContainsSubstring("into fraud-detection@2.1.0:")
                   && ContainsSubstring("new: 15 drift observations"));
    CHECK(DatabaseCounts::of(cli.gov).drift == before.drift + 15);
    // The report's own numbers (DataDriftTable.drift_by_columns): K-S gives p-values, drift
    // below the 0.2 threshold; PSI gives distances, drift above it.
    CHECK(cli.drift("statistic", "age").toString() == str("ks"));
    CHECK(cli.drift("value", "age").toDouble() == 2.704668436775831e-60);
    CHECK(cli.drift("status", "age").toString() == str("drift"));
    CHECK(cli.drift("value", "capital-loss").toDouble() == 0.3463622711913329);
    CHECK(cli.drift("status", "capital-loss").toString() == str("stable"));
    CHECK(cli.drift("statistic", "education").toString() == str("psi"));
    CHECK(cli.drift("value", "education").toDouble() == 15.016729259060078);
    CHECK(cli.drift("status", "education").toString() == str("drift"));
    CHECK(cli.drift("threshold", "occupation").toDouble() == 0.2);
    CHECK(cli.drift("status", "occupation").toString() == str("stable")); // 0.1918 < 0.2
    // No window given: the report's timestamp, 2023-06-20 13:44:33, is its date.
    CHECK(cli.drift("window_start", "age").toString() == str("2023-06-20"));
    CHECK(cli.drift("window_end", "age").toString() == str("2023-06-20"));
    CHECK(cli.gov.scalar(str("SELECT count(*) FROM audit_events WHERE action = 'import'"))
              .toLongLong()
          == 1);
    CHECK(cli.gov.run({str("verify")}).exitCode == 0); // the audit chain holds
}

TEST_CASE("import evidently a second time writes nothing and says so", "[cli][importers]")
{
    const ImportCli cli;
    REQUIRE(cli.importEvidently().exitCode == 0);
    const DatabaseCounts first = DatabaseCounts::of(cli.gov);
    const CtlResult again = cli.importEvidently();
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out.toStdString(),
               ContainsSubstring("Nothing to import: everything in")
                   && ContainsSubstring("DrHazza_data_drift_report.json")
                   && ContainsSubstring("(15 items unchanged)"));
    CHECK(DatabaseCounts::of(cli.gov) == first);
}

TEST_CASE("import evidently --dry-run lists the changes and writes nothing", "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const CtlResult result = cli.importEvidently({str("--dry-run")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    const std::string out = result.out.toStdString();
    CHECK_THAT(out,
               ContainsSubstring("Dry run: importing")
                   && ContainsSubstring("new: 15 drift observations")
                   && ContainsSubstring("Nothing was written."));
    int planned = 0;
    for (const QString &line : result.out.split(QLatin1Char('\n'))) {
        planned += line.trimmed().startsWith(QLatin1String("+ drift")) ? 1 : 0;
    }
    CHECK(planned == 15);
    CHECK_THAT(out, ContainsSubstring("education"));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import evidently --json reports the counts and the window given is stored",
          "[cli][importers]")
{
    const ImportCli cli;
    const CtlResult preview = cli.importEvidently({str("--dry-run"), str("--json")});
    REQUIRE(preview.exitCode == 0);
    const QJsonObject planned = preview.json().object();
    CHECK(planned.value(str("dry_run")).toBool());
    CHECK_FALSE(planned.value(str("applied")).toBool());
    CHECK(planned.value(str("new")).toObject().value(str("drift")).toInt() == 15);

    const CtlResult result
        = cli.importEvidently({str("--window-start"), str("2026-11-09"), str("--window-end"),
                               str("2026-11-15"), str("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    CHECK(json.value(str("kind")).toString() == str("evidently"));
    CHECK(json.value(str("new")).toObject().value(str("drift")).toInt() == 15);
    CHECK_FALSE(json.value(str("dry_run")).toBool());
    CHECK(json.value(str("applied")).toBool());
    CHECK(json.value(str("changes")).toArray().size() == 15);
    CHECK(cli.drift("window_start", "sex").toString() == str("2026-11-09"));
    CHECK(cli.drift("window_end", "sex").toString() == str("2026-11-15"));
}

TEST_CASE("import --as records the person as the import's actor", "[cli][importers]")
{
    const ImportCli cli;
    const QString owner = cli.gov.email(str("owner"));
    const CtlResult result = cli.importEvidently({str("--as"), owner});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(cli.gov.scalar(str("SELECT person_id FROM audit_events WHERE action = 'import'"))
          == cli.gov.scalar(str("SELECT id FROM people WHERE email = '%1'").arg(owner)));

    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const CtlResult nobody = cli.importEvidently({str("--as"), str("nobody@example.org")});
    CHECK(nobody.exitCode == 1);
    CHECK_THAT(nobody.err.toStdString(), ContainsSubstring("nobody@example.org"));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import model-card and export model-card --out card.json round-trip the card",
          "[cli][importers]")
{
    const ImportCli cli;
    const QString card = sharedData("modelcards/model-card-toolkit/full.json");
    const CtlResult imported = runImport(cli.gov, str("model-card"), card, kModel, kVersion);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out.toStdString(), ContainsSubstring("new: 1 model card revision"));
    CHECK(rowCount(cli.gov, str("model_cards")) == 1);

    const QString out = cli.gov.filePath(str("card.json"));
    const CtlResult exported = cli.gov.run({str("export"), str("model-card"), str("--model"),
                                            kModel, str("--version"), kVersion, str("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(readJsonObject(out) == readJsonObject(card));

    const CtlResult again = runImport(cli.gov, str("model-card"), out, kModel, kVersion);
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out.toStdString(), ContainsSubstring("Nothing to import"));
    CHECK(rowCount(cli.gov, str("model_cards")) == 1);
}

TEST_CASE("export model-card --out card.json of a version without a card exits 1",
          "[cli][importers]")
{
    const ImportCli cli;
    const QString out = cli.gov.filePath(str("card.json"));
    const CtlResult result = cli.gov.run({str("export"), str("model-card"), str("--model"), kModel,
                                          str("--version"), kVersion, str("--out"), out});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err.toStdString(), ContainsSubstring("no model card"));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("import mlflow brings the run's metrics in as evaluations of a new version",
          "[cli][importers]")
{
    GovernanceCli gov;
    gov.registerVersion(str("wine-quality"), str("0.1.0"), 3, std::nullopt);
    const QString store = sharedData("mlflow/filestore_mlflow2_bertoxious/mlruns");
    const CtlResult result
        = runImport(gov, str("mlflow"), store, str("wine-quality"), str("1.0.0"));
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const auto metric = [&gov](const char *name) {
        return gov.scalar(str("SELECT e.value FROM evaluations e "
                              "JOIN model_versions v ON v.id = e.version_id "
                              "JOIN models m ON m.id = v.model_id "
                              "WHERE m.name = 'wine-quality' AND v.version = '1.0.0' "
                              "AND e.metric = '%1'")
                              .arg(str(name)));
    };
    // The values of the run's metric files (metrics/mae␣␣, metrics/r2␣␣, metrics/rmse).
    CHECK(metric("mae").toDouble() == 0.6661102694838198);
    CHECK(metric("r2").toDouble() == 0.02062688653328315);
    CHECK(metric("rmse").toDouble() == 0.8313946470581659);
    CHECK(gov.scalar(str("SELECT stage FROM model_versions WHERE version = '1.0.0'")).toString()
          == str("development"));

    const DatabaseCounts first = DatabaseCounts::of(gov);
    const CtlResult again = runImport(gov, str("mlflow"), store, str("wine-quality"), str("1.0.0"));
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out.toStdString(), ContainsSubstring("Nothing to import"));
    CHECK(DatabaseCounts::of(gov) == first);

    const CtlResult unknownRun = runImport(gov, str("mlflow"), store, str("wine-quality"),
                                           str("1.0.1"), {str("--run"), str("0123abcd")});
    CHECK(unknownRun.exitCode == 1);
    CHECK_THAT(unknownRun.err.toStdString(), ContainsSubstring("0123abcd"));
    CHECK(DatabaseCounts::of(gov) == first);
}

TEST_CASE("import mlflow of one run creates its model when given a tier and an owner",
          "[cli][importers]")
{
    GovernanceCli gov;
    const QString store = sharedData("mlflow/filestore_mlflow2_bertoxious/mlruns");
    const DatabaseCounts before = DatabaseCounts::of(gov);
    const CtlResult refused = runImport(gov, str("mlflow"), store, str("red-wine"), str("1.0.0"));
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err.toStdString(),
               ContainsSubstring("model \"red-wine\" is not in the database: register it first, "
                                 "or give --tier 1-4 and --owner EMAIL to create it"));
    CHECK(DatabaseCounts::of(gov) == before);

    const CtlResult created
        = runImport(gov, str("mlflow"), store, str("red-wine"), str("1.0.0"),
                    {str("--tier"), str("3"), str("--owner"), gov.email(str("owner"))});
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(gov.scalar(str("SELECT risk_tier FROM models WHERE name = 'red-wine'")).toInt() == 3);
    CHECK(gov.scalar(str("SELECT COUNT(*) FROM evaluations e JOIN model_versions v ON "
                         "v.id = e.version_id JOIN models m ON m.id = v.model_id "
                         "WHERE m.name = 'red-wine' AND v.version = '1.0.0'"))
              .toInt()
          == 3);
}

TEST_CASE("import evaluation and hf-card store evaluations on Quorum's scale", "[cli][importers]")
{
    const ImportCli cli;
    const QString csv = writeFile(cli.gov, str("evaluation.csv"),
                                  "metric,value,split\naccuracy,0.912,test\nf1,0.874,validation\n");
    const CtlResult evaluation = runImport(cli.gov, str("evaluation"), csv, kModel, kVersion);
    INFO(evaluation.err.toStdString());
    REQUIRE(evaluation.exitCode == 0);
    CHECK(cli.gov
              .scalar(str("SELECT value FROM evaluations WHERE metric = 'f1' AND split = "
                          "'validation'"))
              .toDouble()
          == 0.874);

    const QString readme
        = writeFile(cli.gov, str("README.md"),
                    "---\nmodel-index:\n- name: emotion\n  results:\n  - task:\n"
                    "      type: text-classification\n    dataset:\n      type: emotion\n"
                    "      name: Emotion\n      split: test\n    metrics:\n"
                    "    - type: accuracy\n      value: 94.1\n---\n# emotion\n\nA model.\n");
    const CtlResult card = runImport(cli.gov, str("hf-card"), readme, kModel, kVersion);
    INFO(card.err.toStdString());
    REQUIRE(card.exitCode == 0);
    // 94.1 on a 0–1 metric is a percentage: stored as 0.941, with a warning that says so.
    CHECK_THAT(cli.gov
                   .scalar(str("SELECT value FROM evaluations WHERE metric = 'accuracy' AND "
                               "source LIKE 'hf-card:%'"))
                   .toDouble(),
               WithinAbs(0.941, 1e-12));
    CHECK_THAT(card.out.toStdString(), ContainsSubstring("warnings:"));
    CHECK(rowCount(cli.gov, str("model_cards")) == 1);
}

TEST_CASE("import refuses a missing or truncated file with exit 6 and writes nothing",
          "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const CtlResult missing = runImport(
        cli.gov, str("evidently"), cli.gov.filePath(str("no-such-report.json")), kModel, kVersion);
    CHECK(missing.exitCode == 6);
    CHECK_THAT(missing.err.toStdString(),
               ContainsSubstring("quorumctl: ") && ContainsSubstring("no-such-report.json"));

    QFile sample(evidentlySample());
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QString truncated = writeFile(cli.gov, str("truncated.json"), sample.read(500));
    const CtlResult broken = runImport(cli.gov, str("evidently"), truncated, kModel, kVersion);
    CHECK(broken.exitCode == 6);
    CHECK_THAT(broken.err.toStdString(),
               ContainsSubstring("truncated.json") && ContainsSubstring("line 1, column"));

    const QString notCard = writeFile(cli.gov, str("list.json"), "[1, 2, 3]\n");
    const CtlResult invalid = runImport(cli.gov, str("model-card"), notCard, kModel, kVersion);
    CHECK(invalid.exitCode == 6);
    CHECK_THAT(invalid.err.toStdString(), ContainsSubstring("list.json"));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import into an unknown model or version exits 1 and writes nothing", "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const CtlResult model
        = runImport(cli.gov, str("evidently"), evidentlySample(), str("no-such-model"), kVersion);
    CHECK(model.exitCode == 1);
    CHECK_THAT(model.err.toStdString(), ContainsSubstring("no-such-model"));
    const CtlResult version
        = runImport(cli.gov, str("evidently"), evidentlySample(), kModel, str("9.9.9"));
    CHECK(version.exitCode == 1);
    CHECK_THAT(version.err.toStdString(), ContainsSubstring("9.9.9"));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import usage errors exit 2 and write nothing", "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    const QString sample = evidentlySample();
    const auto run = [&cli](const QStringList &arguments) {
        return cli.gov.run(QStringList{str("import")} + arguments);
    };
    const CtlResult noVersion = run({str("evidently"), sample, str("--model"), kModel});
    CHECK(noVersion.exitCode == 2);
    CHECK_THAT(noVersion.err.toStdString(), ContainsSubstring("--version"));
    const CtlResult kind
        = run({str("spreadsheet"), sample, str("--model"), kModel, str("--version"), kVersion});
    CHECK(kind.exitCode == 2);
    CHECK_THAT(kind.err.toStdString(),
               ContainsSubstring("spreadsheet") && ContainsSubstring("mlflow"));
    const CtlResult window = cli.importEvidently(
        {str("--window-start"), str("2026-11-15"), str("--window-end"), str("2026-11-09")});
    CHECK(window.exitCode == 2);
    CHECK_THAT(window.err.toStdString(), ContainsSubstring("--window-end"));
    const CtlResult date = cli.importEvidently(
        {str("--window-start"), str("last monday"), str("--window-end"), str("2026-11-09")});
    CHECK(date.exitCode == 2);
    CHECK_THAT(date.err.toStdString(), ContainsSubstring("last monday"));
    const CtlResult foreign = runImport(cli.gov, str("model-card"), sample, kModel, kVersion,
                                        {str("--window-start"), str("2026-11-09")});
    CHECK(foreign.exitCode == 2);
    CHECK_THAT(foreign.err.toStdString(), ContainsSubstring("--window-start"));
    const CtlResult tier = run({str("mlflow"), sample, str("--tier"), str("7")});
    CHECK(tier.exitCode == 2);
    CHECK_THAT(tier.err.toStdString(), ContainsSubstring("--tier"));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import refuses a file over the size limit unless --force is given", "[cli][importers]")
{
    const ImportCli cli;
    const DatabaseCounts before = DatabaseCounts::of(cli.gov);
    // 33 MiB of zero bytes, over the 32 MiB limit of a JSON file: sparse, so it costs no disk.
    const QString path = cli.gov.filePath(str("huge.json"));
    QFile huge(path);
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(33LL << 20));
    huge.close();
    const CtlResult refused = runImport(cli.gov, str("evidently"), path, kModel, kVersion);
    CHECK(refused.exitCode == 6);
    CHECK_THAT(refused.err.toStdString(),
               ContainsSubstring("huge.json") && ContainsSubstring("32.0 MiB")
                   && ContainsSubstring("(use --force to import it anyway)"));
    // With --force the size is let through and the content is judged: zero bytes are not text.
    const CtlResult forced
        = runImport(cli.gov, str("evidently"), path, kModel, kVersion, {str("--force")});
    CHECK(forced.exitCode == 6);
    CHECK_THAT(forced.err.toStdString(),
               ContainsSubstring("huge.json") && ContainsSubstring("line 1, column 1"));
    CHECK_FALSE(forced.err.contains(QLatin1String("--force")));
    CHECK(DatabaseCounts::of(cli.gov) == before);
}

TEST_CASE("import mlflow of a store without a registry names the runs it passed over",
          "[cli][importers]")
{
    GovernanceCli gov;
    const DatabaseCounts before = DatabaseCounts::of(gov);
    const QString store = sharedData("mlflow/filestore_mlflow2_bertoxious/mlruns");
    const CtlResult result = gov.run({str("import"), str("mlflow"), store});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out.toStdString(),
               ContainsSubstring("holds nothing Quorum imports") && ContainsSubstring("warnings:")
                   && ContainsSubstring("1f102c0e268c4dd58c8f8d98b28488da"));
    CHECK(DatabaseCounts::of(gov) == before);
}

TEST_CASE("import --help lists the kinds, the options and the exit codes", "[cli][importers]")
{
    const CtlResult help = runCtl({str("import"), str("--help")});
    CHECK(help.exitCode == 0);
    for (const char *word :
         {"mlflow",    "model-card",     "hf-card",      "evidently",    "evaluation",  "--model",
          "--version", "--dry-run",      "--as",         "--experiment", "--run",       "--tier",
          "--owner",   "--window-start", "--window-end", "--json",       "Exit codes:", "  1 ",
          "  2 ",      "  3 ",           "  6 "}) {
        INFO(word);
        CHECK(help.out.contains(str(word)));
    }
    const CtlResult main = runCtl({str("--help")});
    CHECK_THAT(main.out.toStdString(), ContainsSubstring("import"));
}
