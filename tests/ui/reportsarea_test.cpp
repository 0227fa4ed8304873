// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/auditreportbuilder.h"
#include "crypto/identity.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "pack/auditpackwriter.h"
#include "pack/ziparchive.h"
#include "reports/exportstatus.h"
#include "reports/packverifypanel.h"
#include "reports/reportpreview.h"
#include "reports/reportsarea.h"
#include "reports/reportscopeform.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "testkeys.h"
#include "uidemo.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 60000;

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i) {
        texts << box->itemText(i);
    }
    return texts;
}

/// Whether @p image holds more than a blank background.
bool hasDrawing(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                return true;
            }
        }
    }
    return false;
}

struct ReportsAreaFixture : Test::UiDemo
{
    ReportsAreaFixture()
    {
        area.setDatabaseSource(source());
        area.resize(1400, 850);
        area.show();
        REQUIRE(QTest::qWaitForWindowExposed(&area));
        QSignalSpy loaded(&area, &Ui::ReportsArea::loaded);
        area.reload();
        REQUIRE(loaded.wait(kTimeoutMs));
        list = area.findChild<QListWidget *>(QStringLiteral("reportList"));
        REQUIRE(list);
    }

    /// Chooses @p kind about @p model @p version and waits for its preview.
    void preview(Ui::ReportKind kind, const QString &model, const QString &version)
    {
        area.selectReport(kind);
        REQUIRE(area.scopeForm()->selectModel(model));
        REQUIRE(area.scopeForm()->selectVersion(version));
        QSignalSpy shown(&area, &Ui::ReportsArea::previewShown);
        area.showPreview();
        REQUIRE(shown.wait(kTimeoutMs));
    }

    void chooseFormat(const QString &name)
    {
        QComboBox *format = area.scopeForm()->formatBox();
        const int index = format->findText(name);
        REQUIRE(index >= 0);
        format->setCurrentIndex(index);
    }

    Ui::ReportsArea area;
    QListWidget *list = nullptr;
};

/// Writes the audit pack of @p model to @p zipPath, signed with a test key.
void writePack(Database &db, const QString &model, const QString &zipPath)
{
    const Test::TestKey key = Test::testKey(QStringLiteral("reporter"));
    const Identity exporter = Identity::load(key.p12Path, Test::testKeyPassphrase());
    Reports::AuditScope scope;
    scope.kind = Reports::AuditScope::Kind::Model;
    scope.modelName = model;
    Reports::writeAuditPack(db, scope, exporter, zipPath, Reports::ReportContext::system(), {});
}

/// Copies the pack @p from to @p to with one byte of @p entry changed.
void tamper(const QString &from, const QString &to, const QString &entry)
{
    std::vector<Reports::ZipEntry> entries = Reports::readZip(from);
    const auto found = std::find_if(entries.begin(), entries.end(),
                                    [&entry](const auto &e) { return e.path == entry; });
    REQUIRE(found != entries.end());
    REQUIRE(!found->data.isEmpty());
    found->data[0] = static_cast<char>(found->data[0] ^ 0x01);
    Reports::writeZip(to, entries, QDateTime::currentDateTimeUtc());
}

} // namespace

TEST_CASE_METHOD(ReportsAreaFixture, "The reports area lists the five reports with their formats",
                 "[ui]")
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row) {
        names << list->item(row)->text();
    }
    CHECK(names
          == QStringList{QStringLiteral("Annex IV technical documentation"),
                         QStringLiteral("Audit pack"), QStringLiteral("Model card"),
                         QStringLiteral("Fairness report"), QStringLiteral("Release log")});
    const QStringList documentFormats{QStringLiteral("PDF"), QStringLiteral("HTML"),
                                      QStringLiteral("Markdown")};
    CHECK(itemTexts(area.scopeForm()->formatBox()) == documentFormats);
    area.selectReport(Ui::ReportKind::AuditPack);
    CHECK(itemTexts(area.scopeForm()->formatBox()) == QStringList{QStringLiteral("ZIP")});
    area.selectReport(Ui::ReportKind::ReleaseLog);
    CHECK(itemTexts(area.scopeForm()->formatBox()) == QStringList{QStringLiteral("Markdown")});
    CHECK_FALSE(area.scopeForm()->modelBox()->isVisibleTo(&area)); // the whole database
    area.selectReport(Ui::ReportKind::ModelCard);
    CHECK(itemTexts(area.scopeForm()->formatBox()) == documentFormats);
    CHECK(area.scopeForm()->modelBox()->isVisibleTo(&area));
}

TEST_CASE_METHOD(ReportsAreaFixture, "Choosing a model fills the version box with its versions",
                 "[ui]")
{
    REQUIRE(area.scopeForm()->selectModel(QStringLiteral("fraud-detection")));
    const auto model = ModelRepository(db()).byName(QStringLiteral("fraud-detection"));
    REQUIRE(model);
    QStringList expected;
    for (const ModelVersion &v : VersionRepository(db()).forModel(model->id)) {
        expected << QStringLiteral("%1 · %2").arg(v.version.toString(), stageLabel(v.stage));
    }
    REQUIRE(expected.size() > 1);
    CHECK(itemTexts(area.scopeForm()->versionBox()) == expected);
    // The version in production is offered first.
    CHECK(area.scopeForm()->versionBox()->currentText().endsWith(stageLabel(Stage::Production)));
    CHECK(area.scopeForm()->request().modelName == QStringLiteral("fraud-detection"));
    CHECK(area.scopeForm()->isComplete());
}

TEST_CASE_METHOD(ReportsAreaFixture,
                 "Previewing Annex IV shows the document with its readiness summary", "[ui]")
{
    preview(Ui::ReportKind::AnnexIv, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    REQUIRE(area.preview()->hasPage());
    const QString text = area.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("Annex IV")));
    CHECK(text.contains(QStringLiteral("Readiness")));
    CHECK(text.contains(QStringLiteral("fraud-detection")));
    CHECK(area.readinessText().contains(
        QRegularExpression(QStringLiteral("^\\d+ of \\d+ items evidenced.* · "))));
    CHECK_FALSE(area.isBusy());

    // The charts, which QTextBrowser cannot draw as SVG, are shown as painted images.
    const auto &charts = area.preview()->charts();
    REQUIRE_FALSE(charts.isEmpty());
    const QImage chart = charts.value(QStringLiteral("chart:1"));
    REQUIRE_FALSE(chart.isNull());
    CHECK(hasDrawing(chart));
}

TEST_CASE_METHOD(ReportsAreaFixture,
                 "Exporting Annex IV to HTML writes the file and offers to open its folder", "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    area.selectReport(Ui::ReportKind::AnnexIv);
    REQUIRE(area.scopeForm()->selectModel(QStringLiteral("fraud-detection")));
    REQUIRE(area.scopeForm()->selectVersion(QStringLiteral("2.1.0")));
    chooseFormat(QStringLiteral("HTML"));
    CHECK(area.scopeForm()->request().defaultFileName()
          == QStringLiteral("annex-iv_fraud-detection_2.1.0.html"));
    const QString path = dir.filePath(QStringLiteral("annex-iv.html"));
    QSignalSpy exported(&area, &Ui::ReportsArea::exported);
    area.exportTo(path);
    REQUIRE(exported.wait(kTimeoutMs));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QStringLiteral("Annex IV")));
    CHECK(html.contains(QStringLiteral("2.1.0")));
    Ui::ExportStatus *status = area.exportStatus();
    CHECK(status->text().contains(QDir::toNativeSeparators(path)));
    CHECK(status->openFolderButton()->isVisibleTo(&area));
    CHECK(status->openFolderButton()->text() == QStringLiteral("Open folder"));
    CHECK(status->openFileButton()->isVisibleTo(&area));
}

TEST_CASE_METHOD(ReportsAreaFixture, "Cancelling an export leaves no file behind", "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    area.selectReport(Ui::ReportKind::AnnexIv);
    REQUIRE(area.scopeForm()->selectModel(QStringLiteral("fraud-detection")));
    chooseFormat(QStringLiteral("PDF"));
    const QString path = dir.filePath(QStringLiteral("annex-iv.pdf"));
    QSignalSpy cancelled(&area, &Ui::ReportsArea::exportCancelled);
    QSignalSpy exported(&area, &Ui::ReportsArea::exported);
    area.exportTo(path);
    area.cancelExport(); // before the worker's first step
    REQUIRE(cancelled.wait(kTimeoutMs));
    CHECK(exported.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(area.exportStatus()->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(area.exportStatus()->openFolderButton()->isVisibleTo(&area));
}

TEST_CASE_METHOD(ReportsAreaFixture, "Verifying a tampered pack names the tampered file", "[ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    writePack(db(), QStringLiteral("credit-scoring"), pack);
    Ui::PackVerifyPanel *panel = area.packVerifyPanel();
    auto *result = panel->findChild<QLabel *>(QStringLiteral("packResult"));
    auto *problems = panel->findChild<QListWidget *>(QStringLiteral("packProblems"));
    REQUIRE(result);
    REQUIRE(problems);

    QSignalSpy verified(panel, &Ui::PackVerifyPanel::verified);
    panel->verify(pack);
    REQUIRE(verified.wait(kTimeoutMs));
    CHECK(verified.takeFirst().at(0).toBool());
    CHECK(result->text().startsWith(QStringLiteral("✓ Pack verified: ")));
    CHECK(result->text().contains(QStringLiteral(" signatures")));
    CHECK(problems->count() == 0);

    const QString tampered = dir.filePath(QStringLiteral("tampered.zip"));
    tamper(pack, tampered, QStringLiteral("audit/events.jsonl"));
    panel->verify(tampered);
    REQUIRE(verified.wait(kTimeoutMs));
    CHECK_FALSE(verified.takeFirst().at(0).toBool());
    CHECK(result->text().startsWith(QStringLiteral("✗ The pack does not verify")));
    QStringList listed;
    for (int row = 0; row < problems->count(); ++row) {
        listed << problems->item(row)->text();
    }
    INFO(listed.join(QLatin1Char('\n')).toStdString());
    CHECK(std::any_of(listed.begin(), listed.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("audit/events.jsonl — "));
    }));
}
