// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialogfixture.h"
#include "comparefixture.h"
#include "uitestdata.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QPushButton>

using namespace Quorum;

namespace {

// Production 1.1.0 and staging 1.2.0 of a tier-2 model (allowance 1.0 %), with numbers chosen
// by hand: accuracy 0.90 → 0.8838 is (0.90 − 0.8838) / 0.90 = 1.8 % worse, a regression;
// f1 0.80 → 0.7936 is 0.8 % worse, within the allowance.
struct SmallCompare : Test::CompareFixture
{
    SmallCompare()
    {
        old = addVersion(QStringLiteral("1.0.0"), Stage::Deprecated);
        production = addVersion(QStringLiteral("1.1.0"), Stage::Production);
        candidate = addVersion(QStringLiteral("1.2.0"), Stage::Staging);
        addMetric(production, QStringLiteral("accuracy"), 0.90);
        addMetric(candidate, QStringLiteral("accuracy"), 0.8838);
        addMetric(production, QStringLiteral("f1"), 0.80);
        addMetric(candidate, QStringLiteral("f1"), 0.7936);
        addMetric(old, QStringLiteral("accuracy"), 0.87);
    }

    qint64 old = 0;
    qint64 production = 0;
    qint64 candidate = 0;
};

constexpr int kVerdict = 7;

} // namespace

TEST_CASE("A regression beyond the allowance is highlighted with an icon, a tint and its size",
          "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    CHECK(open.candidate->currentText() == QStringLiteral("1.2.0 · Staging"));
    CHECK(open.baseline->currentText() == QStringLiteral("1.1.0 · Production"));
    CHECK(open.summary->text()
          == QStringLiteral("1 regression(s) beyond 1.0 % (tier 2 policy, version 1)."));
    CHECK(open.sections->tabText(0) == QStringLiteral("&Metrics (1 regression(s))"));
    CHECK(Test::OpenCompareDialog::column(open.metrics, 0)
          == QStringList{QStringLiteral("accuracy"), QStringLiteral("f1")});

    const QAbstractItemModel *rows = open.metrics->model();
    const QModelIndex accuracy = rows->index(0, kVerdict);
    CHECK(accuracy.data().toString() == QStringLiteral("Regression: −1.8 % (allowed 1.0 %)"));
    CHECK(rows->index(0, 3).data().toString() == QStringLiteral("0.9"));
    CHECK(rows->index(0, 4).data().toString() == QStringLiteral("0.8838"));
    CHECK(rows->index(0, 5).data().toString() == QStringLiteral("−0.0162"));
    CHECK(rows->index(0, 6).data().toString() == QStringLiteral("−1.8 %"));
    // The tint: the alert colour mixed into the base, so it is neither the base nor plain red.
    const QColor tint = accuracy.data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor base = open.metrics->palette().color(QPalette::Base);
    CHECK(tint.isValid());
    CHECK(tint != base);
    CHECK(tint.red() > tint.green());
    CHECK(rows->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color() == tint);
    CHECK_FALSE(rows->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(rows->index(0, 0).data(Ui::CompareTable::kMarkRole).toInt()
          == static_cast<int>(Ui::RowMark::Regression));

    // f1 is worse but within the allowance: said so, not highlighted.
    const QModelIndex f1 = rows->index(1, kVerdict);
    CHECK(f1.data().toString() == QStringLiteral("Within allowance: −0.8 % (allowed 1.0 %)"));
    CHECK_FALSE(f1.data(Qt::BackgroundRole).isValid());
    CHECK(rows->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("Swapping the versions reads again and turns the deltas around", "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    auto *swap = open.find<QPushButton>("swapVersions");
    REQUIRE(swap->isEnabled());
    QTest::mouseClick(swap, Qt::LeftButton);
    CHECK(open.dialog->isBusy());
    open.waitLoaded();

    CHECK(open.candidate->currentText() == QStringLiteral("1.1.0 · Production"));
    CHECK(open.baseline->currentText() == QStringLiteral("1.2.0 · Staging"));
    CHECK(open.baselineNote->text()
          == QStringLiteral("1.1.0 · Production against 1.2.0 · Staging."));
    // 0.8838 → 0.90: +0.0162, +1.83 % of 0.8838 (0.0162 / 0.8838 = 1.833 %), better.
    const QAbstractItemModel *rows = open.metrics->model();
    CHECK(rows->index(0, 5).data().toString() == QStringLiteral("+0.0162"));
    CHECK(rows->index(0, 6).data().toString() == QStringLiteral("+1.83 %"));
    CHECK(rows->index(0, kVerdict).data().toString() == QStringLiteral("Better"));
    CHECK_FALSE(rows->index(0, kVerdict).data(Qt::BackgroundRole).isValid());
    CHECK(open.summary->text()
          == QStringLiteral("No regression beyond 1.0 % (tier 2 policy, version 1)."));
}

TEST_CASE("Choosing another baseline reads again against it", "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    const int index = open.baseline->findText(QStringLiteral("1.0.0 · Deprecated"));
    REQUIRE(index >= 0);
    open.baseline->setCurrentIndex(index);
    Q_EMIT open.baseline->activated(index);
    open.waitLoaded();
    CHECK(open.baselineNote->text()
          == QStringLiteral("1.2.0 · Staging against 1.0.0 · Deprecated."));
    // 0.87 → 0.8838 is better; f1 exists only in the candidate.
    CHECK(open.metrics->model()->index(0, kVerdict).data().toString() == QStringLiteral("Better"));
    CHECK(open.metrics->model()->index(1, 3).data().toString() == QStringLiteral("—"));
    CHECK(open.metrics->model()->index(1, kVerdict).data().toString()
          == QStringLiteral("Missing in the baseline"));
}

TEST_CASE("Ctrl+C copies the selected rows with their header as tab-separated text",
          "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    open.metrics->setFocus();
    open.metrics->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(open.metrics, QKeySequence::Copy);
    CHECK(QApplication::clipboard()->text()
          == QStringLiteral("Metric\tSplit\tSegment\tBaseline\tCandidate\tΔ\tΔ %\tVerdict\n"
                            "accuracy\ttest\tall\t0.9\t0.8838\t−0.0162\t−1.8 %\t"
                            "Regression: −1.8 % (allowed 1.0 %)\n"));
}

TEST_CASE("The first version has no baseline, and the dialog says so", "[ui][compare]")
{
    Test::CompareFixture db;
    const qint64 first = db.addVersion(QStringLiteral("0.1.0"), Stage::Development);
    db.addMetric(first, QStringLiteral("accuracy"), 0.7);
    Test::OpenCompareDialog open(db.db(), first);
    CHECK(open.baseline->currentIndex() == -1);
    CHECK_FALSE(open.find<QPushButton>("swapVersions")->isEnabled());
    CHECK(open.summary->text()
          == QStringLiteral("No baseline: nothing to judge against the 1.0 % regression "
                            "allowance."));
    CHECK(open.baselineNote->text().startsWith(
        QStringLiteral("0.1.0 · Development is the first version of Churn predictor")));
    CHECK(open.metrics->model()->index(0, kVerdict).data().toString()
          == QStringLiteral("Missing in the baseline"));
}

TEST_CASE("Fairness, drift and model-card sections show both versions side by side",
          "[ui][compare]")
{
    SmallCompare db;
    FairnessReport before;
    before.versionId = db.production;
    before.protectedAttribute = QStringLiteral("sex");
    before.privilegedGroup = QStringLiteral("male");
    before.groups = {Test::fairnessGroup(QStringLiteral("female"), 400, 0.34),
                     Test::fairnessGroup(QStringLiteral("male"), 500, 0.40)};
    FairnessReport after = before;
    after.versionId = db.candidate;
    after.groups = {Test::fairnessGroup(QStringLiteral("female"), 410, 0.31),
                    Test::fairnessGroup(QStringLiteral("male"), 520, 0.44)};
    after.flags = {QStringLiteral("disparate_impact < 0.8 (four-fifths rule)")};
    db.addFairness(before);
    db.addFairness(after);
    db.addPsi(db.production, QStringLiteral("income"), 0.05, DriftStatus::Stable, 1);
    db.addPsi(db.candidate, QStringLiteral("income"), 0.22, DriftStatus::Drift, 1);
    db.addCard(db.production, QStringLiteral("Monthly churn"));
    db.addCard(db.candidate, QStringLiteral("Weekly churn"));

    Test::OpenCompareDialog open(db.db(), db.candidate);
    // female: 0.34 → 0.31 selection rate, −0.03.
    const QAbstractItemModel *fairness = open.fairness->model();
    CHECK(fairness->rowCount() == 13); // 2 groups × 6 measures + the flags row
    CHECK(fairness->index(1, 2).data().toString() == QStringLiteral("Selection rate"));
    CHECK(fairness->index(1, 3).data().toString() == QStringLiteral("0.340"));
    CHECK(fairness->index(1, 4).data().toString() == QStringLiteral("0.310"));
    CHECK(fairness->index(1, 5).data().toString() == QStringLiteral("−0.03"));
    CHECK(fairness->index(6, 1).data().toString() == QStringLiteral("male (privileged)"));
    CHECK(fairness->index(12, 2).data().toString() == QStringLiteral("Fairness flags"));
    CHECK(fairness->index(12, 0).data(Ui::CompareTable::kMarkRole).toInt()
          == static_cast<int>(Ui::RowMark::Caution));

    const QAbstractItemModel *drift = open.drift->model();
    REQUIRE(drift->rowCount() == 1);
    CHECK(drift->index(0, 4).data().toString() == QStringLiteral("Stable"));
    CHECK(drift->index(0, 7).data().toString() == QStringLiteral("Drift"));
    CHECK(drift->index(0, 0).data(Ui::CompareTable::kMarkRole).toInt()
          == static_cast<int>(Ui::RowMark::Caution));

    const QAbstractItemModel *card = open.card->model();
    REQUIRE(card->rowCount() == 1);
    CHECK(card->index(0, 1).data().toString() == QStringLiteral("model_details.overview"));
    CHECK(card->index(0, 2).data().toString() == QStringLiteral("Monthly churn"));
    CHECK(card->index(0, 3).data().toString() == QStringLiteral("Weekly churn"));
}

TEST_CASE("Escape closes the compare dialog", "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    CHECK_FALSE(open.dialog->isModal());
    QTest::keyClick(open.dialog.get(), Qt::Key_Escape);
    CHECK_FALSE(open.dialog->isVisible());
}

TEST_CASE("On a dark palette the regression tint turns dark so the light text stays readable",
          "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    QPalette dark = open.dialog->palette();
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        dark.setColor(role, QColor(0x2a, 0x2a, 0x2a));
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(role, QColor(0xf0, 0xf0, 0xf0));
    }
    open.dialog->setPalette(dark);
    const QColor tint
        = open.metrics->model()->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    // Light text (lightness 240) on a dark tint: a wide lightness gap, and still reddish.
    CHECK(tint.lightness() < 110);
    CHECK(tint.red() > tint.green());
    CHECK(open.metrics->model()->index(0, 7).data().toString()
          == QStringLiteral("Regression: −1.8 % (allowed 1.0 %)"));
}

TEST_CASE("Sorting by Δ % orders the rows by the number, not the text", "[ui][compare]")
{
    SmallCompare db;
    Test::OpenCompareDialog open(db.db(), db.candidate);
    // −1.8 % (accuracy) is less than −0.8 % (f1), though "−0.8" sorts first as text.
    open.metrics->sortByColumn(6, Qt::AscendingOrder);
    CHECK(Test::OpenCompareDialog::column(open.metrics, 0)
          == QStringList{QStringLiteral("accuracy"), QStringLiteral("f1")});
    open.metrics->sortByColumn(6, Qt::DescendingOrder);
    CHECK(Test::OpenCompareDialog::column(open.metrics, 0)
          == QStringList{QStringLiteral("f1"), QStringLiteral("accuracy")});
}
