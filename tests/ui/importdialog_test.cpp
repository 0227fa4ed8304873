// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "imports/importdialog.h"
#include "imports/importpreviewmodel.h"
#include "inventory/inventoryarea.h"
#include "mainwindow/mainwindow.h"
#include "rawsqlite.h"
#include "settings/signingidentity.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "tempdatabase.h"
#include "testkeys.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

QString sharedData(const QString &relative)
{
    return QStringLiteral(QUORUM_SHARED_DATA_DIR "/") + relative;
}

QString evidentlySample()
{
    return sharedData(QStringLiteral("drift/DrHazza_data_drift_report.json"));
}

/// A temporary database with the small inventory and File → Import… on it.
struct ImportFixture
{
    ImportFixture()
    {
        Test::resetUiSettings();
        Test::addSmallInventory(temp.db());
    }

    ~ImportFixture() { Test::resetUiSettings(); }

    /// A new dialog, shown, once the database's models are read.
    std::unique_ptr<Ui::ImportDialog> openDialog()
    {
        auto dialog = std::make_unique<Ui::ImportDialog>(
            [this]() -> const Database * { return &temp.db(); },
            [] { return Actor::program(QStringLiteral("ui tests")); });
        dialog->show();
        auto *model = child<QComboBox>(dialog.get(), QStringLiteral("importModel"));
        REQUIRE(QTest::qWaitFor([model] { return model->count() > 0; }, kTimeoutMs));
        return dialog;
    }

    template<typename T>
    static T *child(const QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        REQUIRE(found);
        return found;
    }

    /// Chooses the kind @p kind, the source @p path and the version @p model @ @p version.
    static void choose(const Ui::ImportDialog *dialog, ImportKind kind, const QString &path,
                       const QString &model, const QString &version)
    {
        auto *kinds = child<QComboBox>(dialog, QStringLiteral("importKind"));
        kinds->setCurrentIndex(kinds->findData(importKindKey(kind)));
        child<QLineEdit>(dialog, QStringLiteral("importSource"))->setText(path);
        auto *models = child<QComboBox>(dialog, QStringLiteral("importModel"));
        REQUIRE(models->findData(model) >= 0);
        models->setCurrentIndex(models->findData(model));
        auto *versions = child<QComboBox>(dialog, QStringLiteral("importVersion"));
        REQUIRE(versions->findData(version) >= 0);
        versions->setCurrentIndex(versions->findData(version));
    }

    /// Clicks @p buttonName and waits until the step it starts has ended.
    static void clickAndWait(Ui::ImportDialog *dialog, const QString &buttonName)
    {
        auto *button = child<QPushButton>(dialog, buttonName);
        REQUIRE(button->isEnabled());
        QSignalSpy finished(dialog, &Ui::ImportDialog::stepFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(finished.wait(kTimeoutMs));
    }

    static QString text(const QWidget *dialog, const QString &labelName)
    {
        return child<QLabel>(dialog, labelName)->text();
    }

    static int rows(const QWidget *dialog)
    {
        return child<QTableView>(dialog, QStringLiteral("importPreviewTable"))->model()->rowCount();
    }

    qint64 versionId(const QString &model, const QString &version)
    {
        const std::optional<Model> m = ModelRepository(temp.db()).byName(model);
        REQUIRE(m);
        const auto v = VersionRepository(temp.db()).find(m->id, *SemanticVersion::parse(version));
        REQUIRE(v);
        return v->id;
    }

    Test::TempDatabase temp;
};

} // namespace

TEST_CASE_METHOD(ImportFixture,
                 "Previewing an Evidently report lists its 15 columns and Import stores them",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    choose(dialog.get(), ImportKind::Evidently, evidentlySample(), QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    CHECK_FALSE(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));

    // The report's DataDriftTable has number_of_columns 15.
    CHECK(rows(dialog.get()) == 15);
    CHECK(text(dialog.get(), QStringLiteral("importSummary"))
              .startsWith(QStringLiteral("15 new drift observations, 0 unchanged")));
    auto *importButton = child<QPushButton>(dialog.get(), QStringLiteral("importButton"));
    CHECK(importButton->isEnabled());
    CHECK(importButton->isDefault());
    const qint64 version = versionId(QStringLiteral("credit-scoring"), QStringLiteral("3.0.0"));
    CHECK(DriftRepository(temp.db()).forVersion(version).empty()); // a preview writes nothing

    QSignalSpy imported(dialog.get(), &Ui::ImportDialog::imported);
    clickAndWait(dialog.get(), QStringLiteral("importButton"));
    CHECK(imported.count() == 1);
    CHECK(text(dialog.get(), QStringLiteral("importMessage"))
          == QStringLiteral("Imported 15 drift observations"));
    CHECK(importButton->text() == QStringLiteral("Close"));

    const std::vector<DriftObservation> drift = DriftRepository(temp.db()).forVersion(version);
    REQUIRE(drift.size() == 15);
    // number_of_drifted_columns in the report is 6.
    CHECK(std::count_if(drift.begin(), drift.end(),
                        [](const DriftObservation &o) { return o.status == DriftStatus::Drift; })
          == 6);
    const auto age = std::find_if(drift.begin(), drift.end(), [](const DriftObservation &o) {
        return o.feature == QLatin1String("age");
    });
    REQUIRE(age != drift.end());
    CHECK(age->statistic == QStringLiteral("ks"));
    CHECK(age->value == 2.704668436775831e-60);
    CHECK(age->threshold == 0.2);
    // "Use the report's date": the report's timestamp is 2023-06-20 13:44:33.
    CHECK(age->windowStart == QDate(2023, 6, 20));
    CHECK(age->windowEnd == QDate(2023, 6, 20));

    const std::vector<AuditEvent> events = AuditTrail(temp.db()).events();
    CHECK(std::any_of(events.begin(), events.end(), [](const AuditEvent &e) {
        return e.action == QStringLiteral("import") && e.actor == QStringLiteral("ui tests");
    }));
    QTest::mouseClick(importButton, Qt::LeftButton); // Close
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE_METHOD(ImportFixture, "Previewing what was imported before says nothing is new",
                 "[ui][importers]")
{
    const qint64 version = versionId(QStringLiteral("credit-scoring"), QStringLiteral("3.0.0"));
    {
        const auto first = openDialog();
        choose(first.get(), ImportKind::Evidently, evidentlySample(),
               QStringLiteral("credit-scoring"), QStringLiteral("3.0.0"));
        clickAndWait(first.get(), QStringLiteral("importPreviewButton"));
        clickAndWait(first.get(), QStringLiteral("importButton"));
    }
    const qint64 eventsBefore = AuditTrail(temp.db()).head().seq;

    const auto again = openDialog();
    choose(again.get(), ImportKind::Evidently, evidentlySample(), QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    clickAndWait(again.get(), QStringLiteral("importPreviewButton"));
    CHECK(rows(again.get()) == 15);
    CHECK(text(again.get(), QStringLiteral("importSummary"))
              .startsWith(QStringLiteral("Nothing new: the database already holds 15 drift "
                                         "observations")));
    const QAbstractItemModel *table
        = child<QTableView>(again.get(), QStringLiteral("importPreviewTable"))->model();
    CHECK(table->index(0, 0).data().toString() == QStringLiteral("Unchanged"));
    CHECK_FALSE(child<QPushButton>(again.get(), QStringLiteral("importButton"))->isEnabled());
    CHECK(DriftRepository(temp.db()).forVersion(version).size() == 15);
    CHECK(AuditTrail(temp.db()).head().seq == eventsBefore);
}

TEST_CASE_METHOD(ImportFixture, "A Model Card Toolkit card becomes the version's model card",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    choose(dialog.get(), ImportKind::ModelCard,
           sharedData(QStringLiteral("modelcards/model-card-toolkit/full.json")),
           QStringLiteral("fraud-detection"), QStringLiteral("1.2.0"));
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));
    CHECK(rows(dialog.get()) == 1);
    const QAbstractItemModel *table
        = child<QTableView>(dialog.get(), QStringLiteral("importPreviewTable"))->model();
    CHECK(table->index(0, 0).data().toString() == QStringLiteral("New"));
    CHECK(table->index(0, 1).data().toString() == QStringLiteral("Model card"));
    CHECK(table->index(0, 2).data().toString() == QStringLiteral("fraud-detection@1.2.0"));
    CHECK(text(dialog.get(), QStringLiteral("importSummary"))
              .startsWith(QStringLiteral("1 new model card revision, 0 unchanged")));

    clickAndWait(dialog.get(), QStringLiteral("importButton"));
    CHECK(text(dialog.get(), QStringLiteral("importMessage"))
          == QStringLiteral("Imported 1 model card revision"));
    const std::optional<ModelCard> card = ModelCardRepository(temp.db()).latest(
        versionId(QStringLiteral("fraud-detection"), QStringLiteral("1.2.0")));
    REQUIRE(card);
    CHECK(card->revision == 1);
    CHECK(card->schemaVersion == QStringLiteral("0.0.2")); // full.json's schema_version
}

TEST_CASE_METHOD(ImportFixture, "A truncated report is refused with its file and line in red",
                 "[ui][importers]")
{
    const QString path = temp.filePath(QStringLiteral("truncated_report.json"));
    Test::writeFile(path, Test::readFile(evidentlySample()).left(700));
    const auto dialog = openDialog();
    choose(dialog.get(), ImportKind::Evidently, path, QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));

    auto *message = child<QLabel>(dialog.get(), QStringLiteral("importMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("truncated_report.json")));
    CHECK(message->text().contains(QStringLiteral("line")));
    CHECK(message->styleSheet().contains(QStringLiteral("#c0392b")));
    CHECK(rows(dialog.get()) == 0);
    CHECK_FALSE(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
    CHECK(DriftRepository(temp.db())
              .forVersion(versionId(QStringLiteral("credit-scoring"), QStringLiteral("3.0.0")))
              .empty());
}

TEST_CASE_METHOD(ImportFixture, "Esc during an import cancels it and nothing is imported",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    choose(dialog.get(), ImportKind::Evidently, evidentlySample(), QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));
    const qint64 eventsBefore = AuditTrail(temp.db()).head().seq;

    // Another program holds the write lock, so the import waits until it is cancelled.
    Test::RawSqlite other(temp.path());
    other.exec("BEGIN IMMEDIATE");
    QSignalSpy finished(dialog.get(), &Ui::ImportDialog::stepFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("importButton")),
                      Qt::LeftButton);
    CHECK(dialog->isRunning());
    CHECK_FALSE(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
    QTest::qWait(100);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    other.exec("ROLLBACK");
    REQUIRE(finished.wait(kTimeoutMs));

    CHECK(dialog->isVisible()); // Esc stopped the import, not the dialog
    CHECK(text(dialog.get(), QStringLiteral("importMessage"))
          == QStringLiteral("Cancelled — nothing was imported."));
    CHECK(DriftRepository(temp.db())
              .forVersion(versionId(QStringLiteral("credit-scoring"), QStringLiteral("3.0.0")))
              .empty());
    CHECK(AuditTrail(temp.db()).head().seq == eventsBefore);
    // The preview still stands: Import may be tried again.
    CHECK(child<QPushButton>(dialog.get(), QStringLiteral("importButton"))->isEnabled());
}

TEST_CASE_METHOD(ImportFixture, "An Evidently report's window may be given instead of its date",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    choose(dialog.get(), ImportKind::Evidently, evidentlySample(), QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    auto *useReportDate = child<QCheckBox>(dialog.get(), QStringLiteral("importUseReportDate"));
    CHECK(useReportDate->isVisible());
    useReportDate->setChecked(false);
    child<QDateEdit>(dialog.get(), QStringLiteral("importWindowStart"))->setDate(QDate(2023, 6, 1));
    child<QDateEdit>(dialog.get(), QStringLiteral("importWindowEnd"))->setDate(QDate(2023, 6, 14));
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));
    clickAndWait(dialog.get(), QStringLiteral("importButton"));

    const std::vector<DriftObservation> drift = DriftRepository(temp.db()).forVersion(
        versionId(QStringLiteral("credit-scoring"), QStringLiteral("3.0.0")));
    REQUIRE(drift.size() == 15);
    CHECK(std::all_of(drift.begin(), drift.end(), [](const DriftObservation &o) {
        return o.windowStart == QDate(2023, 6, 1) && o.windowEnd == QDate(2023, 6, 14);
    }));
}

TEST_CASE_METHOD(ImportFixture,
                 "Preview needs a source and a target, except for an MLflow store's registry",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    auto *preview = child<QPushButton>(dialog.get(), QStringLiteral("importPreviewButton"));
    auto *kinds = child<QComboBox>(dialog.get(), QStringLiteral("importKind"));
    kinds->setCurrentIndex(kinds->findData(importKindKey(ImportKind::Evaluation)));
    CHECK_FALSE(preview->isEnabled()); // no source yet
    child<QLineEdit>(dialog.get(), QStringLiteral("importSource"))
        ->setText(temp.filePath(QStringLiteral("results.csv")));
    CHECK(preview->isEnabled()); // the first model's newest version is chosen
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("importVersion"))->isVisible());
    CHECK_FALSE(child<QCheckBox>(dialog.get(), QStringLiteral("importUseReportDate"))->isVisible());

    kinds->setCurrentIndex(kinds->findData(importKindKey(ImportKind::Mlflow)));
    CHECK(child<QRadioButton>(dialog.get(), QStringLiteral("importMlflowRegistry"))->isChecked());
    CHECK_FALSE(child<QComboBox>(dialog.get(), QStringLiteral("importModel"))->isVisible());
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("importOwner"))->isVisible());
    CHECK(preview->isEnabled());
    child<QRadioButton>(dialog.get(), QStringLiteral("importMlflowRun"))->setChecked(true);
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("importModel"))->isVisible());
    CHECK_FALSE(child<QComboBox>(dialog.get(), QStringLiteral("importOwner"))->isVisible());
    auto *version = child<QComboBox>(dialog.get(), QStringLiteral("importVersion"));
    CHECK(version->isEditable()); // one run may become a new version
    version->setEditText(QString());
    CHECK_FALSE(preview->isEnabled());
    version->setEditText(QStringLiteral("1.3.0"));
    CHECK(preview->isEnabled());
}

TEST_CASE_METHOD(ImportFixture, "One MLflow run becomes a new version with its metrics",
                 "[ui][importers]")
{
    const auto dialog = openDialog();
    auto *kinds = child<QComboBox>(dialog.get(), QStringLiteral("importKind"));
    kinds->setCurrentIndex(kinds->findData(importKindKey(ImportKind::Mlflow)));
    child<QLineEdit>(dialog.get(), QStringLiteral("importSource"))
        ->setText(sharedData(QStringLiteral("mlflow/filestore_mlflow2_bertoxious/mlruns")));
    child<QRadioButton>(dialog.get(), QStringLiteral("importMlflowRun"))->setChecked(true);
    auto *model = child<QComboBox>(dialog.get(), QStringLiteral("importModel"));
    model->setCurrentIndex(model->findData(QStringLiteral("fraud-detection")));
    child<QComboBox>(dialog.get(), QStringLiteral("importVersion"))
        ->setEditText(QStringLiteral("1.3.0"));
    clickAndWait(dialog.get(), QStringLiteral("importPreviewButton"));

    // The store's only run logged mae, r2 and rmse.
    CHECK(rows(dialog.get()) == 4);
    CHECK(text(dialog.get(), QStringLiteral("importSummary"))
              .startsWith(QStringLiteral("1 new version, 3 new evaluations, 0 unchanged")));
    clickAndWait(dialog.get(), QStringLiteral("importButton"));
    CHECK(text(dialog.get(), QStringLiteral("importMessage"))
          == QStringLiteral("Imported 1 version, 3 evaluations"));

    const std::optional<ModelVersion> version = VersionRepository(temp.db()).byId(
        versionId(QStringLiteral("fraud-detection"), QStringLiteral("1.3.0")));
    REQUIRE(version);
    CHECK(version->stage == Stage::Development);
    const std::vector<Evaluation> evaluations
        = EvaluationRepository(temp.db()).forVersion(version->id);
    REQUIRE(evaluations.size() == 3);
    // metrics/mae holds "1721476991168 0.6661102694838198 0".
    CHECK(std::any_of(evaluations.begin(), evaluations.end(),
                      [](const Evaluation &e) { return e.value == 0.6661102694838198; }));
}

TEST_CASE("The preview model shows each change's status, kind, target and description",
          "[ui][importers]")
{
    Ui::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChanges({{ChangeKind::Evaluation, ChangeStatus::New, QStringLiteral("m@1.0.0"),
                       QStringLiteral("accuracy (test, all) = 0.931")},
                      {ChangeKind::Drift, ChangeStatus::Unchanged, QStringLiteral("m@1.0.0"),
                       QStringLiteral("age psi=0.02")}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == 4);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Status"));
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Description"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("New"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Evaluation"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("accuracy (test, all) = 0.931"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("Unchanged"));
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("Drift observation"));
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // greyed
    model.setChanges({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE_METHOD(ImportFixture, "The dialog remembers the last kind of source", "[ui][importers]")
{
    {
        const auto dialog = openDialog();
        auto *kinds = child<QComboBox>(dialog.get(), QStringLiteral("importKind"));
        kinds->setCurrentIndex(kinds->findData(importKindKey(ImportKind::HfCard)));
    }
    const auto dialog = openDialog();
    CHECK(child<QComboBox>(dialog.get(), QStringLiteral("importKind"))->currentData().toString()
          == QStringLiteral("hf-card"));
}

TEST_CASE_METHOD(ImportFixture, "File → Import… (Ctrl+I) is there only with a database open",
                 "[ui][importers]")
{
    const QString path = temp.path();
    temp.close();
    Ui::MainWindow window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("importAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(action->text() == QStringLiteral("&Import…"));
    CHECK_FALSE(action->isEnabled());
    CHECK(window.openImportDialog() == nullptr);

    QSignalSpy loaded(window.findChild<Ui::InventoryArea *>(), &Ui::InventoryArea::loaded);
    window.openDatabase(path);
    REQUIRE(loaded.wait(kTimeoutMs));
    CHECK(action->isEnabled());
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    auto *dialog = window.findChild<Ui::ImportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle() == QStringLiteral("Import Evidence"));
    dialog->reject();
}

TEST_CASE_METHOD(ImportFixture,
                 "An import from the main window is the signing identity's and refreshes the areas",
                 "[ui][importers]")
{
    const Person engineer
        = Test::addTestPerson(temp.db(), QStringLiteral("engineer"), {Role::MlEngineer});
    const QString path = temp.path();
    temp.close();
    Ui::MainWindow window;
    window.show();
    auto *inventory = window.findChild<Ui::InventoryArea *>();
    QSignalSpy loaded(inventory, &Ui::InventoryArea::loaded);
    window.openDatabase(path);
    REQUIRE(loaded.wait(kTimeoutMs));
    const Test::TestKey key = Test::testKey(QStringLiteral("engineer"));
    window.signingIdentity()->setKey(key.p12Path, key.certificate);
    REQUIRE(QTest::qWaitFor(
        [&window] {
            return window.signingIdentity()->status() == Ui::SigningIdentity::Status::Registered;
        },
        kTimeoutMs));

    Ui::ImportDialog *dialog = window.openImportDialog();
    REQUIRE(dialog);
    auto *model = child<QComboBox>(dialog, QStringLiteral("importModel"));
    REQUIRE(QTest::qWaitFor([model] { return model->count() > 0; }, kTimeoutMs));
    CHECK(text(dialog, QStringLiteral("importActor"))
          == QStringLiteral("Imports as Test engineer."));
    choose(dialog, ImportKind::Evidently, evidentlySample(), QStringLiteral("credit-scoring"),
           QStringLiteral("3.0.0"));
    clickAndWait(dialog, QStringLiteral("importPreviewButton"));
    loaded.clear();
    clickAndWait(dialog, QStringLiteral("importButton"));
    REQUIRE((!loaded.isEmpty() || loaded.wait(kTimeoutMs))); // the inventory was read again

    Database &db = temp.reopen();
    const std::vector<AuditEvent> events = AuditTrail(db).events();
    const auto import = std::find_if(events.begin(), events.end(), [](const AuditEvent &e) {
        return e.action == QStringLiteral("import");
    });
    REQUIRE(import != events.end());
    CHECK(import->personId == engineer.id);
    CHECK(import->actor == QStringLiteral("Test engineer"));
    dialog->accept();
}
