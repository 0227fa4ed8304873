// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl drift' and 'quorumctl fairness' end to end: what a pipeline sees (exit codes, JSON,
// messages naming the file and line) and what lands in the governance database.
#include "ctlrunner.h"
#include "governancecli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

/// 20 rows: x = 1..20 (reference) or 11..30 (current, shifted), colour mostly red or blue.
QByteArray sample(int offset, const char *colour)
{
    QByteArray csv("x,colour\n");
    for (int i = 1; i <= 20; ++i) {
        csv += QByteArray::number(i + offset) + ',' + (i % 5 == 0 ? "green" : colour) + '\n';
    }
    return csv;
}

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// Hand-made predictions: group a (privileged) 4 rows, group b 4 rows.
/// a: labels 1,1,0,0 predictions 1,1,1,0 → selection 3/4, TPR 1, FPR 1/2
/// b: labels 1,1,0,0 predictions 1,0,0,0 → selection 1/4, TPR 1/2, FPR 0
QByteArray predictions()
{
    return "label,pred,group,age\n"
           "1,1,a,30\n1,1,a,40\n0,1,a,50\n0,0,a,60\n"
           "1,1,b,20\n1,0,b,21\n0,0,b,22\n0,0,b,23\n";
}

} // namespace

TEST_CASE("drift prints one JSON result per column with the method it chose", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto ref = writeCsv(dir, str("ref.csv"), sample(0, "red"));
    const auto cur = writeCsv(dir, str("cur.csv"), sample(10, "blue"));
    const auto result
        = runCtl({str("drift"), str("--reference"), ref, str("--current"), cur, str("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray columns = result.json().array();
    REQUIRE(columns.size() == 2);
    const QJsonObject x = columns.at(0).toObject();
    CHECK(x.value(str("column")).toString() == str("x"));
    CHECK(x.value(str("type")).toString() == str("numeric"));
    CHECK(x.value(str("method")).toString() == str("ks")); // ≤ 1000 rows, > 5 values
    // D = 10/20 for two shifted ranges; SciPy: ks_2samp(range(1,21), range(11,31)).
    CHECK_THAT(x.value(str("statistic")).toDouble(), WithinAbs(0.5, 1e-12));
    CHECK(x.value(str("drift")).toBool());
    const QJsonObject colour = columns.at(1).toObject();
    CHECK(colour.value(str("type")).toString() == str("categorical"));
    CHECK(colour.value(str("method")).toString() == str("chi2"));
    // "blue" never occurs in the reference: an infinite χ², shown as null with a note.
    CHECK(colour.value(str("statistic")).isNull());
    CHECK(colour.value(str("p_value")).toDouble() == 0.0);
    CHECK(colour.contains(str("statistic_note")));
}

TEST_CASE("drift with --method psi has no p-value and --fail-on-drift exits 1", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto ref = writeCsv(dir, str("ref.csv"), sample(0, "red"));
    const auto same = writeCsv(dir, str("same.csv"), sample(0, "red"));
    const auto cur = writeCsv(dir, str("cur.csv"), sample(10, "red"));
    const QStringList base{str("drift"), str("--reference"), ref,      str("--method"),
                           str("psi"),   str("--columns"),   str("x"), str("--fail-on-drift")};
    const auto stable = runCtl(base + QStringList{str("--current"), same, str("--json")});
    REQUIRE(stable.exitCode == 0);
    const QJsonObject x = stable.json().array().at(0).toObject();
    CHECK(x.value(str("p_value")).isNull());
    CHECK(x.value(str("statistic")).toDouble() == 0.0);
    CHECK(x.value(str("threshold")).toDouble() == 0.1);
    const auto drifted = runCtl(base + QStringList{str("--current"), cur});
    CHECK(drifted.exitCode == 1);
    CHECK_THAT(drifted.out.toStdString(), ContainsSubstring("1 of 1 columns drifted"));
}

TEST_CASE("drift names the file, line and column of a malformed sample", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto ref = writeCsv(dir, str("ref.csv"), sample(0, "red"));
    const auto broken = writeCsv(dir, str("broken.csv"), "x,colour\n1,red\n2,\"blue\n3,red\n");
    const auto result = runCtl({str("drift"), str("--reference"), ref, str("--current"), broken});
    CHECK(result.exitCode == 6);
    CHECK_THAT(result.err.toStdString(), ContainsSubstring("broken.csv"));
    CHECK_THAT(result.err.toStdString(), ContainsSubstring("line 3"));

    const auto other = writeCsv(dir, str("other.csv"), "y\n1\n2\n");
    const auto missing = runCtl({str("drift"), str("--reference"), ref, str("--current"), other});
    CHECK(missing.exitCode == 6);
    CHECK_THAT(missing.err.toStdString(), ContainsSubstring("'x'"));

    const auto badMethod = runCtl({str("drift"), str("--reference"), ref, str("--current"), ref,
                                   str("--method"), str("t-test")});
    CHECK(badMethod.exitCode == 2);
    CHECK_THAT(badMethod.err.toStdString(), ContainsSubstring("t-test"));
}

TEST_CASE("drift stores observations judged by the tier's PSI threshold", "[cli][stats]")
{
    GovernanceCli gov;
    gov.registerVersion(str("churn"), str("1.0.0"), 1);
    QTemporaryDir dir;
    const auto ref = writeCsv(dir, str("ref.csv"), sample(0, "red"));
    const auto cur = writeCsv(dir, str("cur.csv"), sample(10, "red"));
    const qint64 before = gov.scalar(str("SELECT count(*) FROM drift_observations")).toLongLong();
    const auto result = gov.run(
        {str("drift"), str("--reference"), ref, str("--current"), cur, str("--method"), str("psi"),
         str("--model"), str("churn"), str("--version"), str("1.0.0"), str("--window-start"),
         str("2026-11-09"), str("--window-end"), str("2026-11-15"), str("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject x = result.json().array().at(0).toObject();
    CHECK(x.value(str("tier_threshold")).toDouble() == 0.05); // tier 1 data drift PSI
    CHECK(x.value(str("status")).toString() == str("drift"));
    CHECK(gov.scalar(str("SELECT count(*) FROM drift_observations")).toLongLong() == before + 2);
    CHECK(gov.scalar(str("SELECT window_end FROM drift_observations WHERE feature = 'x' "
                         "ORDER BY id DESC LIMIT 1"))
              .toString()
          == str("2026-11-15"));
    CHECK(gov.run({str("verify")}).exitCode == 0); // written through the audit trail
}

TEST_CASE("fairness prints both conventions of the summary metrics", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto csv = writeCsv(dir, str("predictions.csv"), predictions());
    const auto result = runCtl({str("fairness"), str("--csv"), csv, str("--label"), str("label"),
                                str("--prediction"), str("pred"), str("--protected"), str("group"),
                                str("--privileged"), str("a"), str("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    const QJsonObject summary = json.value(str("summary")).toObject();
    // selection rates 1/4 (b) vs 3/4 (a): SPD = −0.5, DI = 1/3, DPD = 0.5, DPR = 1/3.
    CHECK_THAT(summary.value(str("statistical_parity_difference")).toDouble(),
               WithinAbs(-0.5, 1e-15));
    CHECK_THAT(summary.value(str("disparate_impact")).toDouble(), WithinAbs(1.0 / 3.0, 1e-15));
    CHECK_THAT(summary.value(str("demographic_parity_difference")).toDouble(),
               WithinAbs(0.5, 1e-15));
    CHECK_THAT(summary.value(str("demographic_parity_ratio")).toDouble(),
               WithinAbs(1.0 / 3.0, 1e-15));
    // TPR 1/2 vs 1, FPR 0 vs 1/2: EOD = −0.5, AOD = −0.5, EqOD = 0.5.
    CHECK_THAT(summary.value(str("equal_opportunity_difference")).toDouble(),
               WithinAbs(-0.5, 1e-15));
    CHECK_THAT(summary.value(str("average_odds_difference")).toDouble(), WithinAbs(-0.5, 1e-15));
    CHECK_THAT(summary.value(str("equalized_odds_difference")).toDouble(), WithinAbs(0.5, 1e-15));
    const QJsonArray groups = json.value(str("groups")).toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).toObject().value(str("privileged")).toBool());
    CHECK(groups.at(1).toObject().value(str("count")).toInt() == 4);
    CHECK_THAT(json.value(str("flags")).toArray().at(0).toString().toStdString(),
               ContainsSubstring("four-fifths"));
}

TEST_CASE("fairness splits a numeric attribute by a comparison", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto csv = writeCsv(dir, str("predictions.csv"), predictions());
    const auto result = runCtl({str("fairness"), str("--csv"), csv, str("--label"), str("label"),
                                str("--prediction"), str("label"), str("--protected"), str("age"),
                                str("--privileged"), str(">=30"), str("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    CHECK(json.value(str("privileged")).toString() == str("age ≥ 30"));
    // Dataset level (prediction = label): both groups have 2 of 4 favourable labels.
    CHECK(json.value(str("summary")).toObject().value(str("disparate_impact")).toDouble() == 1.0);
    CHECK(json.value(str("flags")).toArray().isEmpty());
}

TEST_CASE("fairness says which values exist when the favourable one does not", "[cli][stats]")
{
    QTemporaryDir dir;
    const auto csv = writeCsv(dir, str("predictions.csv"), predictions());
    const auto result = runCtl({str("fairness"), str("--csv"), csv, str("--label"), str("label"),
                                str("--prediction"), str("pred"), str("--protected"), str("group"),
                                str("--privileged"), str("a"), str("--favorable"), str(">50K")});
    CHECK(result.exitCode == 6);
    CHECK_THAT(result.err.toStdString(), ContainsSubstring(">50K"));
    CHECK_THAT(result.err.toStdString(), ContainsSubstring("0, 1"));
}

TEST_CASE("fairness stores a report flagged against the tier's bias threshold", "[cli][stats]")
{
    GovernanceCli gov;
    gov.registerVersion(str("credit"), str("2.0.0"), 1);
    QTemporaryDir dir;
    const auto csv = writeCsv(dir, str("predictions.csv"), predictions());
    const auto result = gov.run({str("fairness"), str("--csv"), csv, str("--label"), str("label"),
                                 str("--prediction"), str("pred"), str("--protected"), str("group"),
                                 str("--privileged"), str("a"), str("--model"), str("credit"),
                                 str("--version"), str("2.0.0")});
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out.toStdString(), ContainsSubstring("Stored fairness report"));
    CHECK_THAT(result.out.toStdString(), ContainsSubstring("policy threshold"));
    CHECK(gov.scalar(str("SELECT statistical_parity_difference FROM fairness_reports "
                         "ORDER BY id DESC LIMIT 1"))
              .toDouble()
          == -0.5);
    CHECK(gov.scalar(str("SELECT count(*) FROM fairness_groups WHERE report_id = (SELECT "
                         "max(id) FROM fairness_reports)"))
              .toInt()
          == 2);
    CHECK(gov.run({str("verify")}).exitCode == 0);
}
