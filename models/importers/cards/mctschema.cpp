// SPDX-License-Identifier: GPL-3.0-or-later
#include "mctschema.h"

#include "importers/source/sourcenode.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <initializer_list>
#include <vector>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MctSchema", text);
}

class Checker
{
public:
    Checker(MctSchema schema, QStringList &warnings)
        : m_schema(schema)
        , m_warnings(warnings)
    {}

    void card(const SourceNode &root) const;

private:
    static void text(const SourceNode &node);
    static void texts(const SourceNode &parent, std::initializer_list<const char *> keys);
    static void numeric(const SourceNode &node);
    static bool object(const SourceNode &node);
    static std::vector<SourceNode> list(const SourceNode &node);
    static void objectsWithTexts(const SourceNode &node, std::initializer_list<const char *> keys);
    static void textList(const SourceNode &node);

    void modelDetails(const SourceNode &node) const;
    void modelParameters(const SourceNode &node) const;
    void dataset(const SourceNode &node) const;
    void quantitativeAnalysis(const SourceNode &node) const;
    void performanceMetric(const SourceNode &node) const;
    void graphics(const SourceNode &node) const;
    void considerations(const SourceNode &node) const;

    MctSchema m_schema;
    QStringList &m_warnings;
};

SourceNode child(const SourceNode &node, const char *key)
{
    return node[QString::fromLatin1(key)];
}

void Checker::text(const SourceNode &node)
{
    if (!node.isMissing() && !node.isString()) {
        node.fail(tr("expected text, found %1").arg(SourceNode::describe(node.value())));
    }
}

void Checker::texts(const SourceNode &parent, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        text(child(parent, key));
    }
}

void Checker::numeric(const SourceNode &node)
{
    if (!node.isMissing()) {
        (void)node.number(); // a number or numeric text; throws with the key path otherwise
    }
}

/// Whether the optional @p node is present; throws when it is present but not an object.
bool Checker::object(const SourceNode &node)
{
    if (node.isMissing()) {
        return false;
    }
    node.requireObject();
    return true;
}

std::vector<SourceNode> Checker::list(const SourceNode &node)
{
    if (node.isMissing()) {
        return {};
    }
    node.requireArray();
    return node.elements();
}

void Checker::objectsWithTexts(const SourceNode &node, std::initializer_list<const char *> keys)
{
    for (const SourceNode &element : list(node)) {
        element.requireObject();
        texts(element, keys);
    }
}

void Checker::textList(const SourceNode &node)
{
    for (const SourceNode &element : list(node)) {
        if (!element.isString()) {
            element.fail(tr("expected text, found %1").arg(SourceNode::describe(element.value())));
        }
    }
}

void Checker::card(const SourceNode &root) const
{
    text(child(root, "schema_version"));
    const SourceNode details = child(root, "model_details");
    if (m_schema == MctSchema::V001 && details.isMissing()) {
        details.fail(tr("missing; schema v0.0.1 requires model_details (an object)"));
    }
    modelDetails(details);
    modelParameters(child(root, "model_parameters"));
    quantitativeAnalysis(child(root, "quantitative_analysis"));
    considerations(child(root, "considerations"));
}

void Checker::modelDetails(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    texts(node, {"name", "overview", "documentation", "path"});
    objectsWithTexts(child(node, "owners"), {"name", "contact"});
    if (const SourceNode version = child(node, "version"); object(version)) {
        texts(version, {"name", "date", "diff"});
    }
    if (m_schema == MctSchema::V001) {
        texts(node, {"license", "citation"});
        textList(child(node, "references"));
        return;
    }
    for (const SourceNode &licence : list(child(node, "licenses"))) {
        licence.requireObject();
        texts(licence, {"identifier", "custom_text"});
        if (child(licence, "identifier").isMissing() && child(licence, "custom_text").isMissing()) {
            licence.fail(tr("expected an identifier or a custom_text, found neither"));
        }
    }
    objectsWithTexts(child(node, "references"), {"reference"});
    objectsWithTexts(child(node, "citations"), {"style", "citation"});
}

void Checker::modelParameters(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    texts(node, {"model_architecture", "input_format", "output_format"});
    const SourceNode data = child(node, "data");
    if (m_schema == MctSchema::V001) {
        if (object(data)) {
            dataset(child(data, "train"));
            dataset(child(data, "eval"));
        }
        return;
    }
    for (const SourceNode &element : list(data)) {
        element.requireObject();
        dataset(element);
    }
    objectsWithTexts(child(node, "input_format_map"), {"key", "value"});
    objectsWithTexts(child(node, "output_format_map"), {"key", "value"});
}

void Checker::dataset(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    texts(node, {"name", "link", "description"});
    const SourceNode sensitive = child(node, "sensitive");
    if (m_schema == MctSchema::V001) {
        (void)sensitive.optionalBoolean();
    } else if (object(sensitive)) {
        textList(child(sensitive, "sensitive_data"));
    }
    graphics(child(node, "graphics"));
}

void Checker::quantitativeAnalysis(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    for (const SourceNode &metric : list(child(node, "performance_metrics"))) {
        performanceMetric(metric);
    }
    graphics(child(node, "graphics"));
}

void Checker::performanceMetric(const SourceNode &node) const
{
    node.requireObject();
    const SourceNode type = child(node, "type");
    if (type.isMissing()) {
        type.fail(tr("missing; expected the metric's type as text, e.g. \"accuracy\""));
    }
    text(type);
    text(child(node, "slice"));
    numeric(child(node, "value"));
    numeric(child(node, "threshold"));
    const SourceNode interval = child(node, "confidence_interval");
    if (object(interval)) {
        for (const char *bound : {"lower_bound", "upper_bound"}) {
            const SourceNode value = child(interval, bound);
            if (m_schema == MctSchema::V001 && value.isMissing()) {
                value.fail(tr("missing; schema v0.0.1 requires both bounds of a confidence "
                              "interval"));
            }
            numeric(value);
        }
    }
    if (m_schema == MctSchema::V001 && child(node, "value").isMissing() && interval.isMissing()) {
        node.fail(tr("expected a value or a confidence_interval, found neither"));
    }
}

void Checker::graphics(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    text(child(node, "description"));
    for (const SourceNode &graphic : list(child(node, "collection"))) {
        graphic.requireObject();
        texts(graphic, {"name", "image"});
        const SourceNode image = child(graphic, "image");
        if (image.isMissing()) {
            continue;
        }
        QByteArray data = image.value().toString().toLatin1();
        data.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        const auto decoded
            = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            m_warnings.append(tr("%1: not base64 image data (found \"%2\"); kept as written")
                                  .arg(image.path(), image.value().toString().left(40)));
        }
    }
}

void Checker::considerations(const SourceNode &node) const
{
    if (!object(node)) {
        return;
    }
    for (const char *key : {"users", "use_cases", "limitations", "tradeoffs"}) {
        if (m_schema == MctSchema::V001) {
            textList(child(node, key));
        } else {
            objectsWithTexts(child(node, key), {"description"});
        }
    }
    objectsWithTexts(child(node, "ethical_considerations"), {"name", "mitigation_strategy"});
}

bool firstIsText(const QJsonValue &list)
{
    return list.isArray() && !list.toArray().isEmpty() && list.toArray().first().isString();
}

} // namespace

QString mctSchemaName(MctSchema schema)
{
    return schema == MctSchema::V001 ? QStringLiteral("0.0.1") : QStringLiteral("0.0.2");
}

MctSchema inferMctSchema(const QJsonObject &card)
{
    const QJsonObject details = card.value(QLatin1String("model_details")).toObject();
    if (details.contains(QLatin1String("license")) || details.contains(QLatin1String("citation"))
        || firstIsText(details.value(QLatin1String("references")))) {
        return MctSchema::V001;
    }
    const QJsonObject parameters = card.value(QLatin1String("model_parameters")).toObject();
    if (parameters.value(QLatin1String("data")).isObject()) {
        return MctSchema::V001;
    }
    const QJsonObject considerations = card.value(QLatin1String("considerations")).toObject();
    for (const char *key : {"users", "use_cases", "limitations", "tradeoffs"}) {
        if (firstIsText(considerations.value(QLatin1String(key)))) {
            return MctSchema::V001;
        }
    }
    return MctSchema::V002;
}

void checkMctCard(const SourceNode &card, MctSchema schema, QStringList &warnings)
{
    Checker(schema, warnings).card(card);
}

} // namespace Quorum
