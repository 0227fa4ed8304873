// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/fairnesschartview.h"
#include "charts/versionchooser.h"
#include "fairness/fairnessarea.h"
#include "storage/fairnessrepository.h"
#include "uidemo.h"
#include "uitestdata.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 20000;

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts << table->item(row, column)->text();
    }
    return texts;
}

struct FairnessAreaFixture : Test::UiDemo
{
    FairnessAreaFixture()
    {
        area.setDatabaseSource(source());
        area.resize(1400, 850);
        area.show();
        REQUIRE(QTest::qWaitForWindowExposed(&area));
        QSignalSpy loaded(&area, &Ui::FairnessArea::loaded);
        area.reload();
        CHECK(area.isBusy());
        REQUIRE(loaded.wait(kTimeoutMs));
        CHECK_FALSE(area.isBusy());
        chart = area.findChild<Ui::FairnessChartView *>(QStringLiteral("fairnessChart"));
        summary = area.findChild<QTableWidget *>(QStringLiteral("fairnessSummary"));
        groups = area.findChild<QTableWidget *>(QStringLiteral("fairnessGroups"));
        attributes = area.findChild<QComboBox *>(QStringLiteral("attributeChooser"));
        flags = area.findChild<QLabel *>(QStringLiteral("fairnessFlags"));
        REQUIRE(chart);
        REQUIRE(summary);
        REQUIRE(groups);
        REQUIRE(attributes);
        REQUIRE(flags);
    }

    QAbstractSeries *series(const QString &name) const
    {
        for (QAbstractSeries *s : chart->chart()->series()) {
            if (s->objectName() == name) {
                return s;
            }
        }
        return nullptr;
    }

    QLineSeries *fourFifths() const
    {
        return qobject_cast<QLineSeries *>(series(QStringLiteral("fourFifthsLine")));
    }

    Ui::FairnessArea area;
    Ui::FairnessChartView *chart = nullptr;
    QTableWidget *summary = nullptr;
    QTableWidget *groups = nullptr;
    QComboBox *attributes = nullptr;
    QLabel *flags = nullptr;
};

} // namespace

TEST_CASE_METHOD(FairnessAreaFixture,
                 "The fairness area opens on the flagged credit-scoring report with its groups",
                 "[ui]")
{
    CHECK(area.chooser()->modelBox()->currentText()
          == QStringLiteral("Consumer credit scoring · Tier 1"));
    CHECK(area.chooser()->versionBox()->currentText() == QStringLiteral("1.0.0 · Staging"));
    CHECK(attributes->currentText() == QStringLiteral("age_band (2 flags)"));
    CHECK(flags->text() == QStringLiteral("⚠ 2 fairness flags for age_band."));

    // The groups of the stored report, with their sizes.
    const qint64 id = versionId(QStringLiteral("credit-scoring"), QStringLiteral("1.0.0"));
    const auto reports = FairnessRepository(db()).forVersion(id);
    const auto stored = std::find_if(reports.begin(), reports.end(), [](const auto &r) {
        return r.protectedAttribute == QStringLiteral("age_band");
    });
    REQUIRE(stored != reports.end());
    CHECK(column(groups, 0)
          == QStringList{QStringLiteral("18-24"), QStringLiteral("25-39 (privileged)"),
                         QStringLiteral("40-59"), QStringLiteral("60+")});
    CHECK(groups->item(0, 1)->text() == QLocale().toString(stored->groups[0].count));

    // Three bars per group and the four-fifths line at 0.8 × the privileged selection rate.
    auto *bars = qobject_cast<QBarSeries *>(series(QStringLiteral("groupRates")));
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    CHECK(bars->barSets().at(0)->label() == QStringLiteral("Selection rate"));
    CHECK(bars->barSets().at(0)->count() == 4);
    CHECK(bars->barSets().at(0)->at(1) == *stored->groups[1].selectionRate);
    REQUIRE(fourFifths()->count() == 2);
    CHECK(fourFifths()->at(0).y() == Catch::Approx(0.8 * *stored->groups[1].selectionRate));
    CHECK(fourFifths()->name().startsWith(QStringLiteral("Four-fifths line")));

    // 18-24 is below the line: the min/max parity ratio is flagged by the four-fifths rule,
    // and so is the parity gap; AIF360's pooled disparate impact (every other band together)
    // stays above 0.8 and is not.
    CHECK(summary->item(0, 0)->text() == QStringLiteral("Disparate impact ratio"));
    CHECK(*stored->disparateImpact > 0.8);
    CHECK(summary->item(0, 2)->text().isEmpty());
    CHECK(summary->item(1, 2)->text() == QStringLiteral("⚠ Flagged"));
    CHECK(summary->item(1, 3)->text().startsWith(QStringLiteral("demographic_parity_difference")));
    CHECK(summary->item(2, 0)->text() == QStringLiteral("Demographic parity ratio"));
    CHECK(*stored->demographicParityRatio < 0.8);
    CHECK(summary->item(2, 2)->text() == QStringLiteral("⚠ Flagged"));
    CHECK(summary->item(2, 3)->text()
          == QStringLiteral("demographic_parity_ratio < 0.8 (four-fifths rule)"));
    CHECK(summary->item(3, 2)->text().isEmpty());
}

TEST_CASE_METHOD(FairnessAreaFixture,
                 "Choosing another attribute and version shows their groups without flags", "[ui]")
{
    attributes->setCurrentIndex(attributes->findData(QStringLiteral("sex")));
    CHECK(column(groups, 0)
          == QStringList{QStringLiteral("female"), QStringLiteral("male (privileged)")});
    CHECK(flags->text() == QStringLiteral("✓ No fairness flags for sex."));
    CHECK(summary->item(0, 2)->text().isEmpty());
    CHECK(summary->item(0, 3)->text() == QStringLiteral("< 0.8 (four-fifths rule)"));

    QSignalSpy loaded(&area, &Ui::FairnessArea::loaded);
    REQUIRE(
        area.selectVersion(versionId(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"))));
    REQUIRE(loaded.wait(kTimeoutMs));
    CHECK(area.chooser()->modelBox()->currentText()
          == QStringLiteral("Card fraud detector · Tier 1"));
    CHECK(attributes->currentData() == QStringLiteral("sex")); // the attribute is kept
    CHECK(column(groups, 0)
          == QStringList{QStringLiteral("female"), QStringLiteral("male (privileged)")});
    CHECK(area.reports().size() == 2);
}
