// SPDX-License-Identifier: GPL-3.0-or-later
#include "mctcard.h"

#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcenode.h"
#include "importers/source/sourcetext.h"
#include "mctschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MctCard", text);
}

const QStringList &topLevelKeys()
{
    static const QStringList keys{
        QStringLiteral("considerations"),   QStringLiteral("model_details"),
        QStringLiteral("model_parameters"), QStringLiteral("quantitative_analysis"),
        QStringLiteral("schema_version"),
    };
    return keys;
}

MctSchema schemaOf(const SourceNode &root)
{
    const SourceNode version = root[QStringLiteral("schema_version")];
    if (version.isMissing()) {
        return inferMctSchema(root.value().toObject());
    }
    if (!version.isString()) {
        version.fail(tr("expected \"0.0.1\" or \"0.0.2\", found %1")
                         .arg(SourceNode::describe(version.value())));
    }
    const QString name = version.value().toString().trimmed();
    for (const MctSchema schema : {MctSchema::V001, MctSchema::V002}) {
        if (name == mctSchemaName(schema)) {
            return schema;
        }
    }
    version.fail(tr("expected \"0.0.1\" or \"0.0.2\", found \"%1\"").arg(name));
}

/// Schema v0.0.2 sets additionalProperties: false at the top level.
void refuseUnknownTopLevelKeys(const SourceNode &root)
{
    for (const QString &key : root.keys()) {
        if (!topLevelKeys().contains(key)) {
            root[key].fail(tr("unknown top-level key \"%1\" (schema v0.0.2 allows: %2)")
                               .arg(key, topLevelKeys().join(QLatin1String(", "))));
        }
    }
}

} // namespace

MctCard parseMctCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    requireWithinLimit(bytes.size(), limits.maxDocumentBytes, limits, file);
    const QJsonValue document = parseJsonDocument(bytes, file, limits);
    if (!document.isObject()) {
        throw ImportError(ImportErrorKind::Invalid, file, {},
                          tr("the document is %1; expected an object (a Model Card Toolkit card)")
                              .arg(SourceNode::describe(document)));
    }
    const SourceNode root(document, file);
    const MctSchema schema = schemaOf(root);
    if (schema == MctSchema::V002) {
        refuseUnknownTopLevelKeys(root);
    }
    MctCard card;
    checkMctCard(root, schema, card.warnings);
    card.schemaVersion = mctSchemaName(schema);
    card.content = document.toObject();
    const QJsonObject details = card.content.value(QLatin1String("model_details")).toObject();
    card.modelName = details.value(QLatin1String("name")).toString();
    card.versionName = details.value(QLatin1String("version"))
                           .toObject()
                           .value(QLatin1String("name"))
                           .toString();
    card.performanceMetrics
        = static_cast<int>(card.content.value(QLatin1String("quantitative_analysis"))
                               .toObject()
                               .value(QLatin1String("performance_metrics"))
                               .toArray()
                               .size());
    return card;
}

QByteArray exportMctJson(const QJsonObject &content)
{
    QByteArray json = QJsonDocument(content).toJson(QJsonDocument::Indented);
    if (!json.endsWith('\n')) {
        json.append('\n');
    }
    return json;
}

} // namespace Quorum
