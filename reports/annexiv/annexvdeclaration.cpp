// SPDX-License-Identifier: GPL-3.0-or-later
// Appendix: Annex V of Regulation (EU) 2024/1689, the EU declaration of conformity, items 1–8,
// filled where the governance database has the facts.
#include "annexivwriter_p.h"

namespace Quorum::Reports::Internal {

namespace {

struct Declaration
{
    Document &doc;
    const VersionEvidence &e;
    const ReportContext &c;
    QStringList missing;

    void item(int number, const char *title, const char *wording)
    {
        doc.heading(2, annexTr("Annex V %1. %2").arg(number).arg(annexTr(title)),
                    QStringLiteral("annex-v-%1").arg(number));
        doc.paragraph(annexTr(wording), ParagraphStyle::Quote);
    }
    void gap(int number, const QString &what, const QString &text)
    {
        doc.gap(text);
        missing.append(QStringLiteral("%1 (%2)").arg(number).arg(what));
    }
};

// The request that released the version to production, if it was approved.
const RequestEvidence *productionApproval(const VersionEvidence &e)
{
    const RequestEvidence *found = nullptr;
    for (const RequestEvidence &r : e.requests) {
        if (r.request.toStage == Stage::Production && r.request.status == RequestStatus::Approved) {
            found = &r;
        }
    }
    return found;
}

// The latest approving signed decision of any request of the version.
const SignedDecision *latestApproval(const VersionEvidence &e)
{
    const SignedDecision *latest = nullptr;
    for (const RequestEvidence &r : e.requests) {
        for (const SignedDecision &d : r.decisions) {
            if (isApproval(d.decision.verdict)
                && (!latest || d.decision.decidedAt >= latest->decision.decidedAt)) {
                latest = &d;
            }
        }
    }
    return latest;
}

void identification(Declaration &d)
{
    d.item(1, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "AI system name, type and reference"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "AI system name and type and any additional unambiguous reference "
                             "allowing the identification and traceability of the AI system."));
    KeyValueList facts;
    facts.rows
        = {{annexTr("Name"),
            d.e.model.displayName + QStringLiteral(" (") + d.e.model.name + QLatin1Char(')')},
           {annexTr("Version"), d.e.version.version.toString()},
           {annexTr("Type"), frameworkText(d.e.version)},
           {annexTr("Artefact SHA-256"),
            d.e.version.artifactSha256.isEmpty() ? annexTr("not recorded")
                                                 : d.e.version.artifactSha256}};
    d.doc.add(std::move(facts));
}

void provider(Declaration &d)
{
    d.item(2, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Provider"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "The name and address of the provider or, where applicable, of "
                             "their authorised representative."));
    d.gap(2, annexTr("provider's name and address"),
          noEvidence(annexTr("provider name and address")));
    d.doc.note(annexTr("Owner of the model: %1, team %2.")
                   .arg(personLabel(d.e.owner, d.e.model.ownerId), d.e.model.team));
}

void responsibilityAndConformity(Declaration &d)
{
    d.item(3, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Sole responsibility"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "A statement that the EU declaration of conformity referred to in "
                             "Article 47 is issued under the sole responsibility of the "
                             "provider."));
    d.doc.paragraph(annexTr("This declaration of conformity is issued under the sole "
                            "responsibility of the provider."));
    d.item(4, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Statement of conformity"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "A statement that the AI system is in conformity with this "
                             "Regulation and, if applicable, with any other relevant Union law "
                             "that provides for the issuing of the EU declaration of conformity "
                             "referred to in Article 47."));
    const RequestEvidence *approval = productionApproval(d.e);
    if (!approval) {
        d.doc.paragraph(annexTr("Conformity with Regulation (EU) 2024/1689: to be confirmed by "
                                "the provider."));
        d.gap(4, annexTr("approval of the release to production"),
              noEvidence(annexTr("approved release of this version to production")));
        return;
    }
    QStringList approvers;
    for (const SignedDecision &s : approval->decisions) {
        if (isApproval(s.decision.verdict)) {
            approvers.append(s.signer.name);
        }
    }
    d.doc.paragraph(
        annexTr("The release of version %1 to production was approved on %2 by %3 "
                "(release request #%4). Conformity with Regulation (EU) 2024/1689: "
                "to be confirmed by the provider.")
            .arg(d.e.version.version.toString(), d.c.dateTime(approval->request.closedAt),
                 approvers.join(QStringLiteral(", ")), QString::number(approval->request.id)));
}

void personalData(Declaration &d)
{
    d.item(5, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Personal data"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "Where an AI system involves the processing of personal data, a "
                             "statement that that AI system complies with Regulations (EU) "
                             "2016/679 and (EU) 2018/1725 and Directive (EU) 2016/680."));
    QStringList pii;
    for (const DatasetUse &use : d.e.datasets) {
        if (use.dataset.containsPii) {
            pii.append(use.dataset.name + QLatin1Char(' ') + use.dataset.version);
        }
    }
    pii.removeDuplicates();
    d.doc.paragraph(
        pii.isEmpty()
            ? annexTr("No dataset of this version is marked as containing personal data.")
            : annexTr("The AI system processes personal data (datasets %1). The provider states "
                      "that it complies with Regulations (EU) 2016/679 and (EU) 2018/1725 and "
                      "Directive (EU) 2016/680: to be confirmed by the provider.")
                  .arg(pii.join(QStringLiteral(", "))));
}

void standardsAndNotifiedBody(Declaration &d)
{
    d.item(6, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Standards and common specifications"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "References to any relevant harmonised standards used or any other "
                             "common specification in relation to which conformity is "
                             "declared."));
    d.doc.paragraph(annexTr("No harmonised standards cited; the solutions adopted are listed in "
                            "point 7 of the technical documentation."));
    d.item(7, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Notified body"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "Where applicable, the name and identification number of the "
                             "notified body, a description of the conformity assessment "
                             "procedure performed, and identification of the certificate "
                             "issued."));
    d.doc.paragraph(annexTr("Not applicable on the recorded evidence: no notified body is "
                            "recorded, which corresponds to conformity assessment based on "
                            "internal control (Annex VI); the provider confirms the procedure."));
}

void signature(Declaration &d)
{
    d.item(8, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Place, date and signature"),
           QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv",
                             "The place and date of issue of the declaration, the name and "
                             "function of the person who signed it, as well as an indication "
                             "for, or on behalf of whom, that person signed, a signature."));
    const SignedDecision *latest = latestApproval(d.e);
    if (!latest) {
        d.gap(8, annexTr("signature"), noEvidence(annexTr("approving signature")));
        return;
    }
    d.doc.paragraph(annexTr("Latest approving signature on record, signed as %1:")
                        .arg(roleLabel(latest->decision.role)));
    d.doc.add(SignatureBlock{
        latest->signer.name, latest->signer.email, roleLabel(latest->decision.role),
        verdictMeaning(latest->decision.verdict), latest->decision.decidedAt,
        latest->decision.certificateFingerprint, latest->verification, latest->verified});
    d.doc.note(annexTr("Place of issue: not recorded; the provider adds it when issuing the "
                       "declaration."));
}

} // namespace

QStringList writeDeclaration(Document &document, const VersionEvidence &evidence,
                             const ReportContext &context)
{
    document.heading(1, annexTr("Annex V. EU declaration of conformity"),
                     QStringLiteral("annex-v"));
    document.paragraph(annexTr("Appendix: draft of the EU declaration of conformity referred to "
                               "in Article 47, filled where the governance database has the "
                               "facts."));
    Declaration d{document, evidence, context, {}};
    identification(d);
    provider(d);
    responsibilityAndConformity(d);
    personalData(d);
    standardsAndNotifiedBody(d);
    signature(d);
    return d.missing;
}

} // namespace Quorum::Reports::Internal
