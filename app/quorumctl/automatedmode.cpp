// SPDX-License-Identifier: GPL-3.0-or-later
#include "automatedmode.h"

#include "crypto/certificateinfo.h"
#include "exitcode.h"
#include "governance/governanceerror.h"
#include "storage/certificaterepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace Quorum::Cli::AutomatedMode {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::AutomatedMode", text);
}

QString requiredVariable(const char *name, const QString &meaning)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    if (value.isEmpty()) {
        throw UsageError(tr("automated mode needs the %1 environment variable (%2); it is "
                            "unset or empty, so nothing was signed.")
                             .arg(QString::fromLatin1(name), meaning));
    }
    return value;
}

} // namespace

Request fromEnvironment()
{
    Request request;
    const QString approval = qEnvironmentVariable("DEPLOY_APPROVAL").trimmed();
    if (approval.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0) {
        request.verdict = Verdict::Approve;
    } else if (approval.compare(QLatin1String("n"), Qt::CaseInsensitive) == 0) {
        request.verdict = Verdict::Reject;
    } else {
        throw UsageError(
            qEnvironmentVariableIsSet("DEPLOY_APPROVAL")
                ? tr("DEPLOY_APPROVAL is '%1': automated mode takes y (approve) or n (reject), "
                     "so nothing was signed.")
                      .arg(approval)
                : tr("automated mode needs the DEPLOY_APPROVAL environment variable: y "
                     "(approve) or n (reject); it is unset, so nothing was signed."));
    }
    request.approver = requiredVariable("APPROVER", tr("the approver's name or e-mail address"));
    request.rationale
        = requiredVariable("APPROVAL_RATIONALE", tr("why the release is approved or rejected"));
    return request;
}

void checkApprover(Database &db, const QString &approver, const CertificateInfo &certificate)
{
    const auto stored = CertificateRepository(db).byFingerprint(certificate.fingerprintSha256);
    const auto holder = stored ? PersonRepository(db).byId(stored->personId) : std::nullopt;
    if (!holder) {
        return;
    }
    const bool matches = approver.compare(holder->name.trimmed(), Qt::CaseInsensitive) == 0
        || approver.compare(holder->email.trimmed(), Qt::CaseInsensitive) == 0;
    if (!matches) {
        throw GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("APPROVER is '%1', but the key belongs to %2 <%3>: the pipeline claims someone "
               "the key does not belong to. Nothing was signed.")
                .arg(approver, holder->name, holder->email));
    }
}

} // namespace Quorum::Cli::AutomatedMode
