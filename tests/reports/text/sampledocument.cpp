// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledocument.h"

#include <QTimeZone>

namespace Quorum::Test {

using namespace Reports;

namespace {

const qint64 kJan1
    = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kDayMs = 86400000;

Table readinessTable()
{
    Table table;
    table.caption = QStringLiteral("Readiness summary");
    table.header = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Score")};
    table.rows = {{QStringLiteral("1(a) Intended purpose"), QStringLiteral("Evidence"),
                   QStringLiteral("1.00")},
                  {QStringLiteral("2(g) Validation | testing"), QStringLiteral("Flagged\nreview"),
                   QStringLiteral("0.42")},
                  {QStringLiteral("5 Risk management"), QStringLiteral("Gap"), QStringLiteral("—")},
                  {QStringLiteral("7 Standards"), QStringLiteral("Default"), QStringLiteral("")}};
    table.marks = {RowMark::Pass, RowMark::Fail, RowMark::Gap, RowMark::Normal};
    table.align = {Align::Left, Align::Left, Align::Right};
    return table;
}

Chart barChart()
{
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = QStringLiteral("Selection rate by group");
    chart.yLabel = QStringLiteral("Rate");
    chart.categories = {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
    chart.series = {{QStringLiteral("Selection rate"), {{0, 0.42}, {1, 0.5}, {2, 0.35}}}};
    chart.lines = {{QStringLiteral("Four-fifths rule"), 0.8}};
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    chart.caption = QStringLiteral("Source: fairness evaluation 2026-11-02");
    return chart;
}

SignatureBlock signature(bool verified)
{
    SignatureBlock block;
    block.signerName = verified ? QStringLiteral("Dana Smith") : QStringLiteral("Lee O'Brien");
    block.signerEmail = verified ? QStringLiteral("dana@example.org") : QString();
    block.role = QStringLiteral("AI-IRB reviewer");
    block.meaning = verified ? QStringLiteral("Approve") : QStringLiteral("Reject");
    const QDateTime at(QDate(2026, 11, 16), QTime(10, 3, 55), QTimeZone::utc());
    block.signedAt = verified ? at : at.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    block.certificateFingerprint
        = QStringLiteral("3f1c9a7e5b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a1e3f5b7d9c2a4e6f8b0d1c3e");
    block.verified = verified;
    block.verification
        = verified ? QStringLiteral("Signature verified") : QStringLiteral("Certificate expired");
    return block;
}

} // namespace

QString hostileText()
{
    return QStringLiteral("<script>alert(\"x\")</script> R&D's *bold* | pipe\nsecond line");
}

Chart lineChart(int count)
{
    Chart chart;
    chart.title = QStringLiteral("Population stability index");
    chart.xLabel = QStringLiteral("Date");
    chart.yLabel = QStringLiteral("PSI");
    ChartSeries psi{QStringLiteral("PSI"), {}};
    ChartSeries accuracy{QStringLiteral("Accuracy"), {}};
    for (int day = 0; day < count; ++day) {
        const auto x = static_cast<double>(kJan1 + day * kDayMs * 7);
        psi.points.emplace_back(x, 0.05 + 0.01 * day);
        accuracy.points.emplace_back(x, 0.9 - 0.005 * day);
    }
    chart.series = {psi, accuracy};
    chart.lines = {{QStringLiteral("Four-fifths rule"), 0.8}};
    chart.caption = QStringLiteral("Weekly drift of the scored population.");
    return chart;
}

Document sampleDocument()
{
    Document document;
    document.title = QStringLiteral("Annex IV technical documentation");
    document.subtitle = QStringLiteral("card-fraud-detector 2.1.0");
    document.documentId = QStringLiteral("QRM-AIV-7-12-20261120");
    document.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    document.generatedAtText = QStringLiteral("2026-11-20 10:30:00 CET (UTC+01:00)");
    document.heading(1, QStringLiteral("Readiness summary"), QStringLiteral("readiness"));
    document.add(readinessTable());
    document.note(QStringLiteral("Source: model inventory, 2026-11-20."));
    document.add(PageBreak{});
    document.heading(1, QStringLiteral("1 General description"), QStringLiteral("annex-iv-1"));
    document.heading(2, QStringLiteral("1(a) Intended purpose"), QStringLiteral("annex-iv-1a"));
    document.paragraph(QStringLiteral("Scores card transactions for fraud.\nReviewed weekly."));
    document.paragraph(QStringLiteral("The provider shall describe the intended purpose."),
                       ParagraphStyle::Quote);
    document.add(KeyValueList{{{QStringLiteral("Owner"), QStringLiteral("Dana Smith")},
                               {QStringLiteral("Risk tier"), QStringLiteral("High")}}});
    document.add(BulletList{{QStringLiteral("Input: transaction features"),
                             QStringLiteral("Output: fraud score 0-1")}});
    document.heading(3, QStringLiteral("1(b) Interaction with other systems"));
    document.gap(QStringLiteral("Gap: no evidence of interaction with other systems recorded."));
    document.heading(2, QStringLiteral("2(g) Validation and testing"),
                     QStringLiteral("annex-iv-2g"));
    document.add(lineChart(6));
    document.add(barChart());
    document.add(signature(true));
    document.add(signature(false));
    return document;
}

} // namespace Quorum::Test
