// SPDX-License-Identifier: GPL-3.0-or-later
#include "hfcard.h"

#include "frontmatter.h"
#include "hfmodelindex.h"
#include "importers/source/importerror.h"
#include "importers/source/sourcenode.h"
#include "importers/source/sourcetext.h"
#include "importers/source/yamltree.h"
#include "markdownoutline.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::HfCard", text);
}

/// A key that is one text or a list of texts (language, datasets, tags, base_model).
QStringList textList(const SourceNode &node)
{
    if (node.isMissing()) {
        return {};
    }
    if (!node.isArray()) {
        return {node.text()};
    }
    QStringList texts;
    for (const SourceNode &element : node.elements()) {
        texts.append(element.text());
    }
    return texts;
}

QJsonObject parseMetadata(const FrontMatter &frontMatter, const QString &file,
                          const ImportLimits &limits)
{
    requireWithinLimit(frontMatter.yamlBytes, limits.maxYamlBytes, limits, file,
                       tr("line %1").arg(frontMatter.openingLine));
    const QJsonValue yaml = parseYamlDocument(frontMatter.yaml, file, limits);
    if (yaml.isNull() || yaml.isUndefined()) {
        return {};
    }
    if (!yaml.isObject()) {
        throw ImportError(ImportErrorKind::Malformed, file,
                          tr("line %1").arg(frontMatter.openingLine + 1),
                          tr("the front matter is %1; expected a YAML mapping of keys")
                              .arg(SourceNode::describe(yaml)));
    }
    return yaml.toObject();
}

void readMetadata(HfCard &card, const QString &file)
{
    const SourceNode root(card.metadata, file);
    card.license = root[QStringLiteral("license")].optionalText().value_or(QString());
    const auto licenseName = root[QStringLiteral("license_name")].optionalText();
    if (card.license.compare(QLatin1String("other"), Qt::CaseInsensitive) == 0 && licenseName
        && !licenseName->isEmpty()) {
        card.license = *licenseName;
    }
    card.languages = textList(root[QStringLiteral("language")]);
    card.datasets = textList(root[QStringLiteral("datasets")]);
    card.tags = textList(root[QStringLiteral("tags")]);
    card.libraryName = root[QStringLiteral("library_name")].optionalText().value_or(QString());
    card.baseModels = textList(root[QStringLiteral("base_model")]);
    card.results = parseModelIndex(root[QStringLiteral("model-index")]);
}

} // namespace

HfCard parseHfCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    requireWithinLimit(bytes.size(), limits.maxDocumentBytes, limits, file);
    requireUtf8Text(bytes, file);
    const FrontMatter frontMatter = splitFrontMatter(bytes, file);
    HfCard card;
    if (frontMatter.present) {
        card.metadata = parseMetadata(frontMatter, file, limits);
        readMetadata(card, file);
    }
    MarkdownOutline outline = outlineMarkdown(QString::fromUtf8(frontMatter.body));
    card.title = std::move(outline.title);
    card.preamble = std::move(outline.preamble);
    card.sections = std::move(outline.sections);
    return card;
}

} // namespace Quorum
