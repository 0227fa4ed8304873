// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"
#include "modeldetail/evaluationtab.h"
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/modelpagetabs.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

// The small inventory's churn predictor (tier 2) with 2.0.0 in production at accuracy 0.90
// and a candidate 2.1.0 at accuracy 0.78 and recall 0.75 on the test split.
struct EvaluationFixture
{
    EvaluationFixture()
    {
        Test::resetUiSettings();
        Test::addSmallInventory(temp.db());
        modelId = ModelRepository(temp.db()).byName(QStringLiteral("churn-predictor"))->id;
        production = VersionRepository(temp.db()).inProduction(modelId)->id;
        WriteTransaction tx(temp.db());
        ModelVersion v;
        v.modelId = modelId;
        v.version = *SemanticVersion::parse(QStringLiteral("2.1.0"));
        v.stage = Stage::Staging;
        candidate = VersionRepository(temp.db()).add(tx, v);
        addMetric(tx, production, QStringLiteral("accuracy"), 0.90);
        addMetric(tx, candidate, QStringLiteral("accuracy"), 0.78);
        addMetric(tx, candidate, QStringLiteral("recall"), 0.75);
        tx.commit();

        page.setDatabaseSource([this]() -> const Database * { return &temp.db(); });
        page.resize(1200, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.showModel(temp.db(), modelId));
        tab = static_cast<Ui::EvaluationTab *>(page.tabs()->tab(Ui::ModelPageTab::Evaluation));
    }

    ~EvaluationFixture()
    {
        // Reads of the tabs still on their way must not outlive the database file.
        QThreadPool::globalInstance()->waitForDone();
        Test::resetUiSettings();
    }

    void addMetric(WriteTransaction &tx, qint64 versionId, const QString &metric, double value)
    {
        Evaluation e;
        e.versionId = versionId;
        e.metric = metric;
        e.value = value;
        EvaluationRepository(temp.db()).add(tx, e);
    }

    QString cell(int row, int column) const { return tab->table()->item(row, column)->text(); }

    Test::TempDatabase temp;
    Ui::ModelDetailPage page;
    Ui::EvaluationTab *tab = nullptr;
    qint64 modelId = 0;
    qint64 production = 0;
    qint64 candidate = 0;
};

} // namespace

TEST_CASE_METHOD(EvaluationFixture,
                 "Evaluation marks accuracy below the threshold as failed, with the change "
                 "against production",
                 "[ui][modeldetail]")
{
    QSignalSpy loaded(tab, &Ui::EvaluationTab::loaded);
    page.tabs()->showTab(Ui::ModelPageTab::Evaluation);
    REQUIRE(loaded.wait(kTimeoutMs));
    CHECK(tab->currentVersionId() == production); // production is chosen first
    REQUIRE(tab->selectVersion(candidate));
    REQUIRE(loaded.wait(kTimeoutMs));

    const QLocale locale;
    QTableWidget *table = tab->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(cell(0, Ui::EvaluationTab::MetricColumn) == QStringLiteral("accuracy"));
    CHECK(cell(0, Ui::EvaluationTab::ValueColumn) == locale.toString(0.78, 'f', 3));
    CHECK(cell(0, Ui::EvaluationTab::ProductionColumn) == locale.toString(0.90, 'f', 3));
    // 0.78 − 0.90 = −0.120, and −0.12 / 0.90 × 100 = −13.3 %.
    CHECK(cell(0, Ui::EvaluationTab::DeltaColumn)
          == QStringLiteral("%1 (%2 %)")
                 .arg(locale.toString(-0.12, 'f', 3), locale.toString(-13.3, 'f', 1)));
    CHECK(cell(0, Ui::EvaluationTab::RuleColumn)
          == QStringLiteral("≥ %1; loss against production ≤ %2 %")
                 .arg(locale.toString(0.80, 'f', 3), locale.toString(1.0, 'f', 1)));
    // (0.90 − 0.78) / 0.90 × 100 = 13.33 % loss, beyond the 1.0 % allowance.
    CHECK(cell(0, Ui::EvaluationTab::ResultColumn)
          == QStringLiteral("✗ Failed: below %1; %2 % loss against production")
                 .arg(locale.toString(0.80, 'f', 3), locale.toString(13.33, 'f', 2)));
    const QTableWidgetItem *result = table->item(0, Ui::EvaluationTab::ResultColumn);
    CHECK(result->data(Ui::EvaluationTab::kFailedRole).toBool());
    CHECK(result->foreground().color() == Ui::chartColors(tab->palette()).drift);

    // Recall has no release rule and the production version no recall.
    CHECK(cell(1, Ui::EvaluationTab::MetricColumn) == QStringLiteral("recall"));
    CHECK(cell(1, Ui::EvaluationTab::ProductionColumn) == QStringLiteral("—"));
    CHECK(cell(1, Ui::EvaluationTab::DeltaColumn) == QStringLiteral("—"));
    CHECK(cell(1, Ui::EvaluationTab::ResultColumn).isEmpty());
    CHECK_FALSE(table->item(1, Ui::EvaluationTab::ResultColumn)
                    ->data(Ui::EvaluationTab::kFailedRole)
                    .toBool());

    const QString summary = tab->findChild<QLabel *>(QStringLiteral("evaluationSummary"))->text();
    CHECK(summary.contains(QStringLiteral("Changes are against 2.0.0, in production.")));
    CHECK(summary.contains(QStringLiteral("Metrics failing a rule: 1.")));
}

TEST_CASE_METHOD(EvaluationFixture,
                 "The production version passes its threshold and a refresh keeps the chosen "
                 "version",
                 "[ui][modeldetail]")
{
    QSignalSpy loaded(tab, &Ui::EvaluationTab::loaded);
    page.tabs()->showTab(Ui::ModelPageTab::Evaluation);
    REQUIRE(loaded.wait(kTimeoutMs));
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(cell(0, Ui::EvaluationTab::ResultColumn) == QStringLiteral("✓ Passed")); // 0.90 ≥ 0.80
    CHECK(cell(0, Ui::EvaluationTab::DeltaColumn) == QStringLiteral("—"));
    CHECK(tab->table()->item(0, Ui::EvaluationTab::ResultColumn)->foreground().color()
          == Ui::chartColors(tab->palette()).stable);

    REQUIRE(tab->selectVersion(candidate));
    REQUIRE(loaded.wait(kTimeoutMs));
    REQUIRE(page.showModel(temp.db(), modelId)); // a refresh
    REQUIRE(loaded.wait(kTimeoutMs));
    CHECK(tab->currentVersionId() == candidate);
    CHECK(tab->table()->rowCount() == 2);
}
