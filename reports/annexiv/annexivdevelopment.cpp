// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 2 (elements and development process): items (a)–(f) and (h); 2(g) is in
// annexivtesting.cpp.
#include "annexivwriter_p.h"
#include "modelcardfields_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Reports::Internal {

namespace {

QString versionSource(const VersionEvidence &e)
{
    return QStringLiteral("model_versions #%1").arg(e.version.id);
}

QString cardSource(const VersionEvidence &e)
{
    return QStringLiteral("model_cards #%1").arg(e.modelCard->id);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 12);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isString()) {
        return value.toString();
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

KeyValueList hyperparameters(const QString &json)
{
    KeyValueList list;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        list.rows.emplace_back(it.key(), jsonText(it.value()));
    }
    return list;
}

void methods(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(a)"));
    if (e.version.framework.isEmpty() && e.version.codeCommit.isEmpty()) {
        w.gap(annexTr("development method (framework, code commit)"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Framework"), frameworkText(e.version)},
                  {annexTr("Code commit"), e.version.codeCommit},
                  {annexTr("Training environment"), e.version.trainingEnvironment},
                  {annexTr("Registered"), w.context().dateTime(e.version.createdAt)},
                  {annexTr("Registered by"), e.createdBy ? personLabel(*e.createdBy) : QString()}};
    w.facts(std::move(facts));
    QStringList steps;
    for (const DatasetUse &use : e.datasets) {
        steps.append(
            annexTr("%1 on %2 %3").arg(use.purpose, use.dataset.name, use.dataset.version));
    }
    if (!steps.isEmpty()) {
        w.body().paragraph(annexTr("Data used in development:"));
        w.body().add(BulletList{steps});
    }
    w.body().paragraph(annexTr("No pre-trained system or third-party tool is recorded besides "
                               "the framework named above."));
    w.evidenced({versionSource(e)});
}

void design(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(b)"));
    const ModelCardFields card = modelCardFields(e.modelCard);
    const KeyValueList params = hyperparameters(e.version.hyperparametersJson);
    if (card.architecture.isEmpty() && params.rows.empty()) {
        w.gap(annexTr("design specification (model card architecture or hyperparameters)"));
        return;
    }
    QStringList sources;
    if (!card.architecture.isEmpty()) {
        w.body().paragraph(annexTr("General logic: %1").arg(card.architecture));
        sources.append(cardSource(e));
    }
    if (!card.overview.isEmpty()) {
        w.body().paragraph(card.overview);
    }
    if (!card.users.isEmpty()) {
        w.body().paragraph(annexTr("Persons the system is intended for: %1")
                               .arg(card.users.join(QStringLiteral("; "))));
    }
    if (!card.outputFormat.isEmpty()) {
        w.body().paragraph(annexTr("Expected output: %1").arg(card.outputFormat));
    }
    if (!card.tradeoffs.isEmpty()) {
        w.body().paragraph(annexTr("Trade-offs: %1").arg(card.tradeoffs.join(QLatin1Char(' '))));
    }
    if (!params.rows.empty()) {
        w.body().paragraph(annexTr("Hyperparameters:"));
        w.facts(params);
        sources.append(versionSource(e));
    }
    w.evidenced(sources);
}

void architecture(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(c)"));
    const ModelCardFields card = modelCardFields(e.modelCard);
    if (card.architecture.isEmpty() && e.version.trainingEnvironment.isEmpty()) {
        w.gap(annexTr("system architecture or computational resources"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Architecture"), card.architecture},
                  {annexTr("Computational resources (training)"), e.version.trainingEnvironment},
                  {annexTr("Serving"), e.version.deploymentTarget}};
    w.facts(std::move(facts));
    QStringList sources{versionSource(e)};
    if (!card.architecture.isEmpty()) {
        sources.append(cardSource(e));
    }
    w.evidenced(sources);
}

} // namespace

void writeDevelopment(AnnexIvWriter &writer)
{
    writer.chapter(QStringLiteral("2"), false);
    methods(writer);
    design(writer);
    architecture(writer);
    writeDataRequirements(writer);
    writeOversightAssessment(writer);
    writePredeterminedChanges(writer);
    writeValidationAndTesting(writer);
    writeCybersecurity(writer);
}

} // namespace Quorum::Reports::Internal
