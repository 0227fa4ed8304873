// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsampledocument.h"

#include <QTimeZone>

namespace Quorum::Test {

using namespace Reports;

namespace {

Chart driftChart()
{
    Chart chart;
    chart.kind = Chart::Kind::Line;
    chart.title = QStringLiteral("Population stability index, 2026");
    chart.xLabel = QStringLiteral("Date");
    chart.yLabel = QStringLiteral("PSI");
    const qint64 start
        = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    ChartSeries amount{QStringLiteral("amount"), {}};
    ChartSeries merchant{QStringLiteral("merchant_category"), {}};
    for (int week = 0; week < 46; ++week) {
        const double x = static_cast<double>(start + qint64(week) * 7 * 86'400'000);
        amount.points.emplace_back(x, 0.04 + 0.004 * week);
        merchant.points.emplace_back(x, 0.12 - 0.001 * week);
    }
    chart.series = {amount, merchant};
    chart.lines = {ChartLine{QStringLiteral("Alert threshold 0.2"), 0.2}};
    chart.caption = QStringLiteral("Weekly PSI of the two most drifting features.");
    return chart;
}

Chart fairnessChart()
{
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = QStringLiteral("True positive rate by age group");
    chart.yLabel = QStringLiteral("TPR");
    chart.categories = {QStringLiteral("18-25"), QStringLiteral("26-40"), QStringLiteral("41-65"),
                        QStringLiteral("65+")};
    chart.series
        = {ChartSeries{QStringLiteral("TPR"), {{0, 0.81}, {1, 0.86}, {2, 0.84}, {3, 0.72}}}};
    chart.lines = {ChartLine{QStringLiteral("Minimum 0.75"), 0.75}};
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    chart.caption = QStringLiteral("Group 65+ is below the minimum.");
    return chart;
}

Table checksTable()
{
    Table table;
    table.caption = QStringLiteral("Table 1. Threshold checks");
    table.header = {QStringLiteral("Check"), QStringLiteral("Value"), QStringLiteral("Threshold"),
                    QStringLiteral("Result")};
    table.rows = {{QStringLiteral("AUC on holdout"), QStringLiteral("0.9312"),
                   QStringLiteral("0.9000"), QStringLiteral("Pass")},
                  {QStringLiteral("Demographic parity difference (age)"), QStringLiteral("0.1400"),
                   QStringLiteral("0.1000"), QStringLiteral("Fail")},
                  {QStringLiteral("Calibration error"), QStringLiteral("\u2014"),
                   QStringLiteral("0.0500"), QStringLiteral("No evidence")}};
    table.marks = {RowMark::Pass, RowMark::Fail, RowMark::Gap};
    table.align = {Align::Left, Align::Right, Align::Right, Align::Left};
    return table;
}

} // namespace

SignatureBlock pdfSampleSignature()
{
    SignatureBlock signature;
    signature.signerName = QStringLiteral("Dana Smith");
    signature.signerEmail = QStringLiteral("dana.smith@example.org");
    signature.role = QStringLiteral("AI-IRB reviewer");
    signature.meaning = QStringLiteral("Approve with conditions");
    signature.signedAt = QDateTime(QDate(2026, 11, 16), QTime(10, 3, 55), QTimeZone::utc());
    signature.certificateFingerprint = QString(64, QLatin1Char('a'));
    signature.verification = QStringLiteral("Signature verified");
    signature.verified = true;
    return signature;
}

Document pdfDocumentWith(std::vector<Block> blocks)
{
    Document document;
    document.title = QStringLiteral("Annex IV technical documentation");
    document.subtitle = QStringLiteral("card-fraud-detector 2.1.0");
    document.documentId = QStringLiteral("QRM-TEST-1-20261120");
    document.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    document.generatedAtText = QStringLiteral("2026-11-20 10:30:00 CET (UTC+01:00)");
    document.blocks = std::move(blocks);
    return document;
}

Table pdfLongTable(int rows)
{
    Table table;
    table.caption = QStringLiteral("Evaluation results");
    table.header = {QStringLiteral("Evaluation metric"), QStringLiteral("Observed value"),
                    QStringLiteral("Threshold"), QStringLiteral("Result")};
    table.align = {Align::Left, Align::Right, Align::Right, Align::Left};
    for (int row = 1; row <= rows; ++row) {
        const bool failed = row % 3 == 0;
        table.rows.push_back({QStringLiteral("row-%1").arg(row, 3, 10, QLatin1Char('0')),
                              QString::number(0.5 + row / 1000.0, 'f', 4), QStringLiteral("0.6000"),
                              failed ? QStringLiteral("Fail") : QStringLiteral("Pass")});
        table.marks.push_back(row % 5 == 0 ? RowMark::Gap
                                           : (failed ? RowMark::Fail : RowMark::Pass));
    }
    return table;
}

Document pdfSampleDocument()
{
    Document document = pdfDocumentWith({});
    document.heading(1, QStringLiteral("1 General description of the AI system"));
    document.paragraph(QStringLiteral(
        "The card fraud detector scores card-not-present transactions in real time and flags "
        "those above the operating threshold for review by the fraud team. It is used by the "
        "payments division in all EU markets. See https://example.org/models/card-fraud-detector/"
        "versions/2.1.0/documentation/annex-iv/section-1?format=pdf&lang=en for the record."));
    document.note(QStringLiteral("Source: inventory record, model version 2.1.0."));
    document.heading(2, QStringLiteral("1(a) Intended purpose"));
    document.add(
        BulletList{{QStringLiteral("Detect fraudulent card-not-present transactions."),
                    QStringLiteral("Support, never replace, the fraud analyst's decision.")}});
    document.add(
        KeyValueList{{{QStringLiteral("Owner"), QStringLiteral("Dana Smith")},
                      {QStringLiteral("Risk tier"), QStringLiteral("High (Annex III 5(b))")}}});
    document.gap(QStringLiteral("Gap: no evidence of the hardware the system runs on."));
    document.paragraph(QStringLiteral("Providers shall draw up the technical documentation before "
                                      "the system is placed on the market."),
                       ParagraphStyle::Quote);
    document.add(checksTable());
    document.add(PageBreak{});
    document.heading(1, QStringLiteral("2 Monitoring and fairness"));
    document.add(driftChart());
    document.add(fairnessChart());
    document.heading(2, QStringLiteral("2(g) Test reports and signatures"));
    document.add(pdfSampleSignature());
    return document;
}

} // namespace Quorum::Test
