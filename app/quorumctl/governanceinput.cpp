// SPDX-License-Identifier: GPL-3.0-or-later
#include "governanceinput.h"

#include "governance/governanceerror.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>

namespace Quorum::Cli::GovernanceInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::GovernanceInput", text);
}

[[noreturn]] void notFound(const QString &message)
{
    throw GovernanceError(GovernanceErrorKind::NotFound, message);
}

} // namespace

QString required(const Invocation &invocation, const QString &option)
{
    const QString value = invocation.value(option).trimmed();
    if (value.isEmpty()) {
        throw UsageError(tr("--%1 is required.").arg(option));
    }
    return value;
}

qint64 requestId(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('#'))) {
        digits.remove(0, 1);
    }
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(tr("'%1' is not a request id: give its number, e.g. 12.").arg(text));
    }
    return id;
}

qint64 requestArgument(const Invocation &invocation)
{
    return requestId(invocation.positionalArguments().constFirst());
}

Person personByEmail(Database &db, const QString &email)
{
    std::optional<Person> person = PersonRepository(db).byEmail(email.trimmed());
    if (!person) {
        notFound(tr("nobody in %1 has the e-mail address %2 (see 'quorumctl person list').")
                     .arg(db.path(), email.trimmed()));
    }
    return std::move(*person);
}

Model modelByName(Database &db, const QString &name)
{
    std::optional<Model> model = ModelRepository(db).byName(name.trimmed());
    if (!model) {
        notFound(tr("no model named '%1' in %2 (see 'quorumctl models').")
                     .arg(name.trimmed(), db.path()));
    }
    return std::move(*model);
}

ModelVersion version(Database &db, const Model &model, const QString &versionText)
{
    const std::optional<SemanticVersion> number = SemanticVersion::parse(versionText.trimmed());
    if (!number) {
        throw UsageError(
            tr("'%1' is not a semantic version such as 1.4.0.").arg(versionText.trimmed()));
    }
    std::optional<ModelVersion> found = VersionRepository(db).find(model.id, *number);
    if (!found) {
        notFound(tr("%1 has no version %2 (see 'quorumctl show %1').")
                     .arg(model.name, number->toString()));
    }
    return std::move(*found);
}

ReleaseRequest request(Database &db, qint64 requestId)
{
    std::optional<ReleaseRequest> found = ReleaseRequestRepository(db).byId(requestId);
    if (!found) {
        notFound(tr("there is no release request #%1 in %2.").arg(requestId).arg(db.path()));
    }
    return std::move(*found);
}

QString personLabel(const Person &person)
{
    return person.email.isEmpty() ? person.name
                                  : QStringLiteral("%1 <%2>").arg(person.name, person.email);
}

QList<ExitCodeMeaning> exitCodes(const QString &notFound)
{
    return {
        {ExitCode::Failed, notFound},
        {ExitCode::Refused,
         tr("refused by the policy or segregation of duties (wrong person, role or\n"
            "state of the request); nothing was stored")},
    };
}

} // namespace Quorum::Cli::GovernanceInput
