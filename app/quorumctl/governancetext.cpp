// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancetext.h"

#include "governance/decisionstatement.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "tableprinter.h"

#include <QCoreApplication>

namespace Quorum::Cli::GovernanceText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::GovernanceText", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString indented(const QString &text, const QString &indent)
{
    QString result;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        result += indent + line + QLatin1Char('\n');
    }
    return result;
}

} // namespace

Signer signerOf(Database &db, const Decision &decision)
{
    if (const auto statement = DecisionStatement::parse(decision.statementJson)) {
        return {statement->signerName, statement->signerEmail};
    }
    const std::optional<Person> person = PersonRepository(db).byId(decision.personId);
    return person ? Signer{person->name, person->email}
                  : Signer{tr("person #%1").arg(decision.personId), QString()};
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("-");
}

QString actualText(const ThresholdCheck &check)
{
    return check.actual ? number(*check.actual) : tr("missing");
}

QString checksTable(const std::vector<ThresholdCheck> &checks, const QString &indent)
{
    if (checks.empty()) {
        return indent + tr("none") + QLatin1Char('\n');
    }
    TablePrinter table({tr("CHECK"), tr("VALUE"), tr("THRESHOLD"), tr("RESULT"), tr("DETAIL")});
    for (const ThresholdCheck &check : checks) {
        table.addRow({check.name, actualText(check),
                      check.comparator + QLatin1Char(' ') + number(check.threshold),
                      check.passed ? tr("pass") : tr("FAIL"), check.detail});
    }
    return indented(table.toString(), indent);
}

QString progress(const RequirementProgress &progress)
{
    const ApprovalRequirement &r = progress.requirement;
    QString text = tr("%1 %2 of %3").arg(roleKey(r.role)).arg(progress.approvals()).arg(r.count);
    if (r.of > 0) {
        text += QLatin1Char(' ') + tr("(of %1)").arg(r.of);
    }
    return text;
}

QString outcomeKey(TallyOutcome outcome)
{
    switch (outcome) {
    case TallyOutcome::Pending:
        return requestStatusKey(RequestStatus::Pending);
    case TallyOutcome::Approved:
        return requestStatusKey(RequestStatus::Approved);
    case TallyOutcome::Rejected:
        return requestStatusKey(RequestStatus::Rejected);
    case TallyOutcome::ChangesRequested:
        return requestStatusKey(RequestStatus::ChangesRequested);
    }
    return {};
}

QString tallyLines(const Tally &tally, const QString &indent)
{
    QString text;
    for (const RequirementProgress &p : tally.progress) {
        text += indent + progress(p);
        if (!p.requirement.label.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(p.requirement.label);
        }
        text += QStringLiteral(": ") + (p.met() ? tr("met") : tr("open")) + QLatin1Char('\n');
    }
    return text;
}

QString manifestation(const Decision &decision, const Signer &signer)
{
    const QString who = signer.email.isEmpty()
        ? signer.name
        : QStringLiteral("%1 <%2>").arg(signer.name, signer.email);
    return tr("Signed by %1 on %2, meaning: %3 (as %4)")
        .arg(who, utc(decision.decidedAt), verdictMeaning(decision.verdict),
             roleKey(decision.role));
}

QString decisionBlock(const Decision &decision, const Signer &signer, const QString &indent)
{
    QString text
        = indent + tr("Decision #%1: %2").arg(decision.id).arg(manifestation(decision, signer));
    if (decision.mode == DecisionMode::Automated) {
        text += QLatin1Char(' ') + tr("[automated]");
    }
    text += QLatin1Char('\n');
    const QString more = indent + QStringLiteral("  ");
    text += more + tr("Rationale: %1").arg(decision.rationale) + QLatin1Char('\n');
    if (!decision.conditions.isEmpty()) {
        text += more + tr("Conditions: %1").arg(decision.conditions) + QLatin1Char('\n');
    }
    if (decision.waiverExpiresAt.isValid()) {
        text += more + tr("Waiver expires: %1").arg(utc(decision.waiverExpiresAt))
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace Quorum::Cli::GovernanceText
