// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingstatement.h"

#include "governance/approvalservice.h"
#include "itemmodels/inboxmodel.h"

#include <QCoreApplication>
#include <QDir>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::SigningStatement", text);
}

QString action(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Approve:
        return tr("By signing you approve %1");
    case Verdict::ApproveWithConditions:
        return tr("By signing you approve %1 under the conditions you give");
    case Verdict::Reject:
        return tr("By signing you reject %1");
    case Verdict::RequestChanges:
        return tr("By signing you request changes to %1");
    case Verdict::Waiver:
        return tr("By signing you grant a waiver for the failed threshold checks of %1, until the "
                  "date you give");
    }
    return {};
}

} // namespace

QString verdictChoice(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Approve:
        return tr("Approve");
    case Verdict::ApproveWithConditions:
        return tr("Approve with conditions");
    case Verdict::Reject:
        return tr("Reject");
    case Verdict::RequestChanges:
        return tr("Request changes");
    case Verdict::Waiver:
        return tr("Grant a waiver");
    }
    return {};
}

QString outcomeText(qint64 requestId, const DecisionOutcome &outcome)
{
    QString text = tr("Signed and recorded (decision #%1). Request #%2 is now %3.\nQuorum: %4")
                       .arg(outcome.decisionId)
                       .arg(requestId)
                       .arg(requestStatusLabel(outcome.requestStatus).toLower(),
                            InboxModel::quorumProgress(outcome.tally));
    if (!outcome.approvalRecordPath.isEmpty()) {
        text += QLatin1Char('\n')
            + tr("Approval record: %1").arg(QDir::toNativeSeparators(outcome.approvalRecordPath));
    }
    for (const QString &problem : outcome.fileProblems) {
        text += QLatin1Char('\n') + tr("Not written: %1").arg(problem);
    }
    return text;
}

QString signingStatement(const DecisionSituation &s, Verdict verdict, Role role)
{
    const QString subject
        = tr("%1 %2 (%3 → %4, request #%5)")
              .arg(s.model.displayName.isEmpty() ? s.model.name : s.model.displayName,
                   s.version.version.toString(), stageLabel(s.request.fromStage),
                   stageLabel(s.request.toStage))
              .arg(s.request.id);
    return tr("%1 as %2. This is your electronic signature: it is recorded with your printed "
              "name, the date and time and the meaning “%3”, and it cannot be moved to another "
              "record.")
        .arg(action(verdict).arg(subject), roleLabel(role), verdictMeaning(verdict));
}

} // namespace Quorum::Ui
