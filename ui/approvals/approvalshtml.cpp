// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalshtml.h"

#include "approvals/approvalssnapshot.h"
#include "charts/chartstyle.h"
#include "inbox/inboxdetailhtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ApprovalsDetail", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/// Green and red that stay readable on the palette's base colour, light or dark.
struct Colours
{
    QString pass;
    QString fail;
};

Colours coloursFor(const QPalette &palette)
{
    return isDarkPalette(palette) ? Colours{QStringLiteral("#56c778"), QStringLiteral("#ff7b72")}
                                  : Colours{QStringLiteral("#17732f"), QStringLiteral("#c4202b")};
}

QString coloured(const QString &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
}

QString checkValue(std::optional<double> value)
{
    if (value && std::floor(*value) == *value && std::abs(*value) < 1e9) {
        return QLocale().toString(static_cast<qint64>(*value));
    }
    return metricValue(value);
}

QString factRow(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), html);
}

QString headerHtml(const ApprovalRequest &item, const ApprovalsSnapshot &snapshot)
{
    const ReleaseRequest &r = item.request;
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(esc(tr("Version %1: %2 → %3")
                           .arg(item.version, stageLabel(r.fromStage), stageLabel(r.toStage))));
    QString facts = esc(tr("Request #%1 · %2 · judged under policy %3")
                            .arg(r.id)
                            .arg(requestStatusLabel(r.status), item.policy));
    facts += QStringLiteral("<br>")
        + esc(tr("Submitted by %1 on %2.")
                  .arg(snapshot.personName(r.submittedBy), signatureTime(r.submittedAt)));
    if (r.closedAt.isValid()) {
        facts += QLatin1Char(' ') + esc(tr("Closed on %1.").arg(signatureTime(r.closedAt)));
    }
    if (!r.ticketRef.isEmpty()) {
        facts += QLatin1Char(' ') + esc(tr("Ticket %1.").arg(r.ticketRef));
    }
    html += QStringLiteral("<p>%1</p>").arg(facts);
    if (!r.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(r.summary));
    }
    if (r.retirement) {
        html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                    .arg(esc(tr("Retirement reason:")), paragraphs(r.retirement->reason),
                         esc(tr("Archive:")),
                         esc(r.retirement->archiveLocation.isEmpty()
                                 ? tr("not given")
                                 : r.retirement->archiveLocation));
    }
    return html;
}

/// Who waived the request's failed checks, and until when; empty when nobody did.
QString waiverText(const ApprovalRequest &item, const ApprovalsSnapshot &snapshot)
{
    QStringList waivers;
    for (const Decision &d : item.decisions) {
        if (d.verdict == Verdict::Waiver) {
            waivers << tr("waived by %1 until %2")
                           .arg(snapshot.personName(d.personId), signatureTime(d.waiverExpiresAt));
        }
    }
    return waivers.join(QStringLiteral("; "));
}

QString checksHtml(const ApprovalRequest &item, const ApprovalsSnapshot &snapshot,
                   const Colours &colours)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Threshold checks")));
    if (item.request.checks.empty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("This request has no checks.")));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString &header :
         {tr("Check"), tr("Threshold"), tr("Actual"), tr("Result"), tr("Waiver")}) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    }
    html += QStringLiteral("</tr>");
    const QString waiver = waiverText(item, snapshot);
    for (const ThresholdCheck &c : item.request.checks) {
        const QString result = c.passed ? coloured(colours.pass, esc(tr("✓ Pass")))
                                        : coloured(colours.fail, esc(tr("✗ Fail")));
        const QString waived = c.passed || waiver.isEmpty() ? QStringLiteral("—") : waiver;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(c.name), esc(checkRequirement(c)), esc(checkValue(c.actual)), result,
                         esc(waived));
    }
    return html + QStringLiteral("</table>");
}

QString decisionHtml(const Decision &d, const ApprovalsSnapshot &snapshot, const Colours &colours)
{
    const bool positive = isApproval(d.verdict) || d.verdict == Verdict::Waiver;
    QString html
        = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">")
              .arg(coloured(positive ? colours.pass : colours.fail,
                            esc(signatureManifestation(d, snapshot.personName(d.personId)))));
    html += factRow(tr("Rationale"), paragraphs(d.rationale));
    if (!d.conditions.isEmpty()) {
        html += factRow(tr("Conditions"), paragraphs(d.conditions));
    }
    if (d.waiverExpiresAt.isValid()) {
        html += factRow(tr("Waiver until"), esc(signatureTime(d.waiverExpiresAt)));
    }
    html += factRow(
        tr("Mode"),
        esc(d.mode == DecisionMode::Automated ? tr("automated (pipeline)") : tr("interactive")));
    html += factRow(
        tr("Certificate"),
        QStringLiteral("<code>%1</code>")
            .arg(esc(d.certificateFingerprint.isEmpty() ? tr("none") : d.certificateFingerprint)));
    const auto problem = snapshot.signatureProblems.constFind(d.id);
    html += factRow(
        tr("Signature"),
        problem == snapshot.signatureProblems.cend()
            ? coloured(colours.pass, esc(tr("✓ Verified")))
            : coloured(
                colours.fail,
                QStringLiteral("<b>%1</b>").arg(esc(tr("✗ Not verified: %1").arg(*problem)))));
    return html + QStringLiteral("</table>");
}

} // namespace

QString signatureManifestation(const Decision &decision, const QString &signerName)
{
    return tr("%1 — signed by %2 as %3 on %4")
        .arg(verdictMeaning(decision.verdict), signerName, roleLabel(decision.role),
             signatureTime(decision.decidedAt));
}

QString approvalRequestHtml(const ApprovalRequest &item, const ApprovalsSnapshot &snapshot,
                            const QPalette &palette)
{
    const Colours colours = coloursFor(palette);
    QString html = headerHtml(item, snapshot) + checksHtml(item, snapshot, colours);
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Decisions")));
    if (item.decisions.empty()) {
        return html
            + QStringLiteral("<p>%1</p>").arg(esc(tr("Nobody has decided this request yet.")));
    }
    for (const Decision &d : item.decisions) {
        html += decisionHtml(d, snapshot, colours);
    }
    return html;
}

} // namespace Quorum::Ui
