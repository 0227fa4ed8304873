// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardreport.h"

#include "builderhelpers.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"
#include "modelcardfields.h"
#include "modelcardsections.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::ModelCardReport", text);
}

KeyValueList cardFacts(const VersionEvidence &evidence, const ModelCard &card,
                       const ReportContext &context)
{
    const QString author
        = card.authorId ? BuilderHelpers::personName(evidence, *card.authorId) : tr("not recorded");
    return KeyValueList{{
        {tr("Model"), evidence.model.name},
        {tr("Version"), evidence.version.version.toString()},
        {tr("Stage"), stageLabel(evidence.version.stage)},
        {tr("Card revision"),
         tr("%1 of %2")
             .arg(card.revision)
             .arg(std::max(evidence.modelCardRevisions, card.revision))},
        {tr("Schema version"), card.schemaVersion},
        {tr("Author"), author},
        {tr("Saved at"), context.dateTime(card.createdAt)},
        {tr("Generated at"), context.dateTime(context.now)},
    }};
}

} // namespace

Document buildModelCardReport(const VersionEvidence &evidence, const ReportContext &context)
{
    Document document;
    document.title = tr("Model card");
    document.subtitle = BuilderHelpers::versionTitle(evidence);
    document.documentId = QStringLiteral("QRM-MC-%1-%2-%3")
                              .arg(evidence.model.id)
                              .arg(evidence.version.id)
                              .arg(BuilderHelpers::documentDate(context));
    document.generatedAt = context.now;
    document.generatedAtText = context.dateTime(context.now);
    if (!evidence.modelCard) {
        document.gap(
            tr("%1 has no model card: none was saved for this version.").arg(document.subtitle));
        return document;
    }
    const ModelCard &card = *evidence.modelCard;
    document.add(cardFacts(evidence, card, context));
    QString error;
    const QJsonObject content = ModelCardFields::parseCard(card.contentJson, &error);
    if (!error.isEmpty()) {
        document.gap(tr("Revision %1 of the model card of %2 cannot be read (%3): its content "
                        "is not a JSON object.")
                         .arg(card.revision)
                         .arg(document.subtitle, error));
        return document;
    }
    const auto section
        = [&](const char *key) { return content.value(QLatin1String(key)).toObject(); };
    ModelCardSections::addModelDetails(document, section("model_details"));
    ModelCardSections::addModelParameters(document, section("model_parameters"));
    ModelCardSections::addQuantitativeAnalysis(document, section("quantitative_analysis"), evidence,
                                               context);
    ModelCardSections::addConsiderations(document, section("considerations"));
    ModelCardSections::addOtherFields(document, content);
    return document;
}

} // namespace Quorum::Reports
