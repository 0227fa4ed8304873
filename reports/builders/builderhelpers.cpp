// SPDX-License-Identifier: GPL-3.0-or-later
#include "builderhelpers.h"

#include "document/document.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"

#include <QCoreApplication>

#include <cmath>

namespace Quorum::Reports::BuilderHelpers {

namespace {

const Person *findPerson(const VersionEvidence &evidence, qint64 personId)
{
    if (evidence.owner.id == personId) {
        return &evidence.owner;
    }
    if (evidence.createdBy && evidence.createdBy->id == personId) {
        return &*evidence.createdBy;
    }
    if (evidence.riskAssessor && evidence.riskAssessor->id == personId) {
        return &*evidence.riskAssessor;
    }
    for (const RequestEvidence &request : evidence.requests) {
        if (request.submitter.id == personId) {
            return &request.submitter;
        }
        for (const SignedDecision &decision : request.decisions) {
            if (decision.signer.id == personId) {
                return &decision.signer;
            }
        }
    }
    return nullptr;
}

QString notStated()
{
    return QCoreApplication::translate("Quorum::Reports::BuilderHelpers",
                                       "Not stated in the model card.");
}

} // namespace

QString versionTitle(const VersionEvidence &evidence)
{
    const QString name
        = evidence.model.displayName.isEmpty() ? evidence.model.name : evidence.model.displayName;
    return name + QLatin1Char(' ') + evidence.version.version.toString();
}

QString personName(const VersionEvidence &evidence, qint64 personId,
                   const std::vector<Person> &others)
{
    if (const Person *person = findPerson(evidence, personId)) {
        return person->name;
    }
    for (const Person &person : others) {
        if (person.id == personId) {
            return person.name;
        }
    }
    return QCoreApplication::translate("Quorum::Reports::BuilderHelpers", "person #%1")
        .arg(personId);
}

QString measured(std::optional<double> value, const ReportContext &context)
{
    const bool whole
        = value && std::isfinite(*value) && std::floor(*value) == *value && std::abs(*value) < 1e15;
    return context.number(value, whole ? 0 : 4);
}

QString documentDate(const ReportContext &context)
{
    return context.now.toTimeZone(context.timeZone).toString(QStringLiteral("yyyyMMdd"));
}

QString shortHash(const QString &sha256)
{
    if (sha256.isEmpty()) {
        return QStringLiteral("—");
    }
    return sha256.size() <= 12 ? sha256 : sha256.left(12) + QStringLiteral("…");
}

void textOrNote(Document &document, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        document.note(notStated());
    } else {
        document.paragraph(text);
    }
}

void bulletsOrNote(Document &document, const QStringList &items)
{
    if (items.isEmpty()) {
        document.note(notStated());
    } else {
        document.add(BulletList{items});
    }
}

} // namespace Quorum::Reports::BuilderHelpers
