// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxdetailhtml.h"

#include "inbox/inboxsnapshot.h"
#include "itemmodels/inboxmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Quorum::Ui {

namespace {

const QString kPass = QStringLiteral("#1e7e34");
const QString kFail = QStringLiteral("#c0392b");

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::InboxDetail", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString coloured(const QString &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
}

/// A check's actual value: a whole number (a count of flags) without decimals.
QString checkValue(std::optional<double> value)
{
    if (value && std::floor(*value) == *value && std::abs(*value) < 1e9) {
        return QLocale().toString(static_cast<qint64>(*value));
    }
    return metricValue(value);
}

QString tableStart(const QStringList &headers)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString &header : headers) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    }
    return html + QStringLiteral("</tr>");
}

QString headerHtml(const InboxItem &item)
{
    const DecisionSituation &s = item.situation;
    const ReleaseRequest &r = s.request;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1 %2</h2>")
                       .arg(esc(s.model.displayName.isEmpty() ? s.model.name : s.model.displayName),
                            esc(s.version.version.toString()));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Request #%1 · %2 → %3 · %4 · judged under policy tier %5 v%6")
                             .arg(r.id)
                             .arg(stageLabel(r.fromStage), stageLabel(r.toStage),
                                  riskTierLabel(s.model.tier))
                             .arg(s.policy.tier)
                             .arg(s.policy.version)));
    QString submitted = tr("Submitted by %1 on %2; expires %3.")
                            .arg(s.submitter.name, signatureTime(r.submittedAt),
                                 locale.toString(r.expiresAt.toUTC().date(), QLocale::LongFormat));
    if (!r.ticketRef.isEmpty()) {
        submitted += QLatin1Char(' ') + tr("Ticket %1.").arg(r.ticketRef);
    }
    html += QStringLiteral("<p>%1<br>%2</p>").arg(esc(r.summary), esc(submitted));
    html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                .arg(esc(tr("Quorum:")), esc(InboxModel::quorumProgress(item.tally)),
                     esc(tr("You would sign as:")), esc(roleLabel(item.role)));
    return html;
}

QString blockedHtml(const InboxItem &item)
{
    if (item.approvalBlockedBy.isEmpty()) {
        return {};
    }
    const QString open
        = item.canVote ? tr("You can still reject the release or request changes.") : QString();
    return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" bgcolor=\"#fff4e5\"><tr><td>"
                          "<span style=\"color:#5a3d00\"><b>%1</b> %2 %3</span>"
                          "</td></tr></table>")
        .arg(esc(tr("Approval is blocked:")), esc(item.approvalBlockedBy), esc(open));
}

QString checksHtml(const ReleaseRequest &r)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Threshold checks")));
    if (r.checks.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("This request has no checks.")));
    }
    html += tableStart({tr("Check"), tr("Result"), tr("Actual"), tr("Required"), tr("Detail")});
    for (const ThresholdCheck &c : r.checks) {
        const QString result = c.passed
            ? coloured(kPass, esc(tr("✓ Pass")))
            : coloured(kFail, QStringLiteral("<b>%1</b>").arg(esc(tr("✗ Fail"))));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(c.name), result, esc(checkValue(c.actual)), esc(checkRequirement(c)),
                         esc(c.detail));
    }
    return html + QStringLiteral("</table>");
}

QString deltaHtml(const MetricDelta &m)
{
    const std::optional<double> delta = m.delta();
    if (!delta) {
        return QStringLiteral("—");
    }
    const QString text = (*delta > 0       ? QStringLiteral("+")
                              : *delta < 0 ? QStringLiteral("−")
                                           : QString())
        + QLocale().toString(std::abs(*delta), 'f', 4);
    if (*delta == 0.0) {
        return esc(text);
    }
    const bool better = m.lowerIsBetter() ? *delta < 0 : *delta > 0;
    return coloured(better ? kPass : kFail, esc(text));
}

QString metricsHtml(const RequestEvidence &evidence)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Metrics against production")));
    if (evidence.metrics.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No test metrics are recorded.")));
    }
    const QString production = evidence.productionVersion.isEmpty()
        ? tr("In production")
        : tr("Production %1").arg(evidence.productionVersion);
    html += tableStart({tr("Metric (test)"), tr("This version"), production, tr("Change")});
    for (const MetricDelta &m : evidence.metrics) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(m.metric), esc(metricValue(m.candidate)),
                         esc(metricValue(m.production)), deltaHtml(m));
    }
    html += QStringLiteral("</table>");
    if (evidence.productionVersion.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No other version is in production.")));
    }
    return html;
}

QString testerHtml(const DecisionSituation &s, const InboxSnapshot &snapshot)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Tester checks")));
    if (s.testerChecks.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No QA tester has checked it yet.")));
    }
    for (const TesterCheck &c : s.testerChecks) {
        const QString verdict = c.passed ? coloured(kPass, esc(tr("Tester ✓ passed")))
                                         : coloured(kFail, esc(tr("Tester ✗ failed")));
        html += QStringLiteral("<p>%1 — %2, %3<br>%4</p>")
                    .arg(verdict, esc(snapshot.personName(c.personId)),
                         esc(signatureTime(c.checkedAt)), paragraphs(c.comment));
    }
    return html;
}

QString decisionHtml(const Decision &d, const InboxSnapshot &snapshot)
{
    const QString colour = isApproval(d.verdict) || d.verdict == Verdict::Waiver ? kPass : kFail;
    QString html = QStringLiteral("<p><b>%1</b> — %2<br>%3")
                       .arg(coloured(colour, esc(verdictMeaning(d.verdict))),
                            esc(tr("signed by %1 as %2 on %3")
                                    .arg(snapshot.personName(d.personId), roleLabel(d.role),
                                         signatureTime(d.decidedAt))),
                            esc(tr("Rationale:")) + QLatin1Char(' ') + paragraphs(d.rationale));
    if (!d.conditions.isEmpty()) {
        html += QStringLiteral("<br>%1 %2").arg(esc(tr("Conditions:")), paragraphs(d.conditions));
    }
    if (d.waiverExpiresAt.isValid()) {
        html += QStringLiteral("<br>%1").arg(
            esc(tr("Waiver in force until %1.").arg(signatureTime(d.waiverExpiresAt))));
    }
    return html + QStringLiteral("</p>");
}

QString decisionsHtml(const DecisionSituation &s, const InboxSnapshot &snapshot)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Earlier decisions")));
    if (s.earlier.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Nobody has decided yet.")));
    }
    for (const Decision &d : s.earlier) {
        html += decisionHtml(d, snapshot);
    }
    return html;
}

QString retirementHtml(const ReleaseRequest &r, const RequestEvidence &evidence)
{
    if (!r.retirement) {
        return {};
    }
    const RetirementDetails &details = *r.retirement;
    return QStringLiteral("<h3>%1</h3><p><b>%2</b> %3<br><b>%4</b> %5<br><b>%6</b> %7</p>")
        .arg(esc(tr("Retirement")), esc(tr("Reason:")), paragraphs(details.reason),
             esc(tr("Replacement:")),
             esc(evidence.replacementModel.isEmpty() ? tr("none") : evidence.replacementModel),
             esc(tr("Archive:")),
             esc(details.archiveLocation.isEmpty() ? tr("not given") : details.archiveLocation));
}

} // namespace

QString signatureTime(const QDateTime &time)
{
    return time.isValid()
        ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : QStringLiteral("—");
}

QString checkRequirement(const ThresholdCheck &check)
{
    QString comparator = check.comparator;
    if (comparator == QLatin1String(">=")) {
        comparator = QStringLiteral("≥");
    } else if (comparator == QLatin1String("<=")) {
        comparator = QStringLiteral("≤");
    } else if (comparator == QLatin1String("==")) {
        comparator = QStringLiteral("=");
    }
    return comparator + QLatin1Char(' ') + QLocale().toString(check.threshold, 'g', 6);
}

QString metricValue(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 4) : QStringLiteral("—");
}

QString inboxDetailHtml(const InboxItem &item, const InboxSnapshot &snapshot)
{
    const ReleaseRequest &r = item.situation.request;
    const RequestEvidence evidence = snapshot.evidence.value(r.id);
    return headerHtml(item) + blockedHtml(item) + retirementHtml(r, evidence) + checksHtml(r)
        + metricsHtml(evidence) + testerHtml(item.situation, snapshot)
        + decisionsHtml(item.situation, snapshot);
}

} // namespace Quorum::Ui
