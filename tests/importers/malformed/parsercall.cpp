// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsercall.h"

#include "importers/cards/hfcard.h"
#include "importers/cards/mctcard.h"
#include "importers/evaluationfile/evaluationfile.h"
#include "importers/evidently/evidentlyreport.h"
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/jsontree.h"
#include "importers/source/yamltree.h"

namespace Quorum::Test {

QString parserName(Parser parser)
{
    switch (parser) {
    case Parser::JsonTree:
        return QStringLiteral("parseJsonDocument");
    case Parser::YamlTree:
        return QStringLiteral("parseYamlDocument");
    case Parser::MlflowMetric:
        return QStringLiteral("parseMlflowMetricHistory");
    case Parser::MctCard:
        return QStringLiteral("parseMctCard");
    case Parser::HfCard:
        return QStringLiteral("parseHfCard");
    case Parser::Evidently:
        return QStringLiteral("parseEvidentlyReport");
    case Parser::EvaluationFile:
        return QStringLiteral("parseEvaluationFile");
    }
    return {};
}

QString fileNameFor(Parser parser)
{
    switch (parser) {
    case Parser::JsonTree:
        return QStringLiteral("document.json");
    case Parser::YamlTree:
        return QStringLiteral("document.yaml");
    case Parser::MlflowMetric:
        return QStringLiteral("metrics/accuracy");
    case Parser::MctCard:
        return QStringLiteral("model-card.json");
    case Parser::HfCard:
        return QStringLiteral("README.md");
    case Parser::Evidently:
        return QStringLiteral("drift-report.json");
    case Parser::EvaluationFile:
        return QStringLiteral("results.csv");
    }
    return {};
}

std::optional<ImportError> refusal(Parser parser, const QByteArray &bytes,
                                   const ImportLimits &limits)
{
    const QString file = fileNameFor(parser);
    try {
        switch (parser) {
        case Parser::JsonTree:
            parseJsonDocument(bytes, file, limits);
            break;
        case Parser::YamlTree:
            parseYamlDocument(bytes, file, limits);
            break;
        case Parser::MlflowMetric:
            parseMlflowMetricHistory(bytes, QStringLiteral("accuracy"), file);
            break;
        case Parser::MctCard:
            parseMctCard(bytes, file, limits);
            break;
        case Parser::HfCard:
            parseHfCard(bytes, file, limits);
            break;
        case Parser::Evidently:
            parseEvidentlyReport(bytes, file, limits);
            break;
        case Parser::EvaluationFile:
            parseEvaluationFile(bytes, file, limits);
            break;
        }
    } catch (const ImportError &e) {
        return e;
    }
    return std::nullopt;
}

bool matches(const std::optional<ImportError> &error, ImportErrorKind kind,
             const QStringList &fragments)
{
    if (!error || error->kind() != kind) {
        return false;
    }
    for (const QString &fragment : fragments) {
        if (!error->message().contains(fragment)) {
            return false;
        }
    }
    return true;
}

QString describe(const std::optional<ImportError> &error)
{
    if (!error) {
        return QStringLiteral("accepted");
    }
    return QStringLiteral("kind %1: %2").arg(static_cast<int>(error->kind())).arg(error->message());
}

} // namespace Quorum::Test
