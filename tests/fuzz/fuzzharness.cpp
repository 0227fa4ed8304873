// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzharness.h"

#include "importers/cards/hfcard.h"
#include "importers/cards/mctcard.h"
#include "importers/evaluationfile/evaluationfile.h"
#include "importers/evidently/evidentlyreport.h"
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/yamltree.h"
#include "mlflowsandbox.h"
#include "treewalk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Quorum::Fuzz {

namespace {

[[noreturn]] void violated(const QString &what)
{
    throw ContractViolation(what.toStdString());
}

void requireFinite(double value, const QString &what)
{
    if (!std::isfinite(value)) {
        violated(QStringLiteral("%1 is %2, documented as finite").arg(what).arg(value));
    }
}

void runJsonTree(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    const QJsonValue root = parseJsonDocument(bytes, file, limits);
    if (!root.isObject() && !root.isArray()) {
        violated(QStringLiteral("parseJsonDocument returned neither an object nor an array"));
    }
    walkTree(root, file, limits, TreeSource::Json);
}

void runYamlTree(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    walkTree(parseYamlDocument(bytes, file, limits), file, limits, TreeSource::Yaml);
}

void runMlflowMetric(const QByteArray &bytes, const QString &file)
{
    const MlflowMetric metric = parseMlflowMetricHistory(bytes, QStringLiteral("accuracy"), file);
    if (metric.lines < 1 || metric.lines > bytes.count('\n') + 1) {
        violated(QStringLiteral("%1 history lines counted in %2 lines of text")
                     .arg(metric.lines)
                     .arg(bytes.count('\n') + 1));
    }
}

void runMlflowMeta(const QByteArray &bytes, ImportLimits limits)
{
    // readImportFile reads up to the limit in one call (QIODevice::read allocates it), so the
    // 64 MiB metric-file limit would cost a 64 MiB allocation per file and run; inputs are at
    // most 64 KiB (run-fuzzers.sh -max_len) and the checks are the same with smaller limits.
    limits.maxYamlBytes = 128 << 10;
    limits.maxMetricFileBytes = 128 << 10;
    static MlflowSandbox sandbox;
    sandbox.put(bytes);
    try {
        readMlflowStore(sandbox.root(), limits);
    } catch (const ImportError &e) {
        // Errors name the file they are about: the one replaced, or one it leads to.
        requireNamesFile(e.message(), sandbox.root());
        throw;
    }
}

void runMctCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    const MctCard card = parseMctCard(bytes, file, limits);
    if (card.schemaVersion != u"0.0.1" && card.schemaVersion != u"0.0.2") {
        violated(QStringLiteral("schemaVersion \"%1\", documented as 0.0.1 or 0.0.2")
                     .arg(card.schemaVersion));
    }
    const QJsonValue metrics = card.content.value(QStringLiteral("quantitative_analysis"))
                                   .toObject()
                                   .value(QStringLiteral("performance_metrics"));
    const QJsonValue name = card.content.value(QStringLiteral("model_details"))
                                .toObject()
                                .value(QStringLiteral("name"));
    if (card.performanceMetrics != metrics.toArray().size() || card.modelName != name.toString()) {
        violated(QStringLiteral("the counts or the name do not match the content"));
    }
    MctCard again;
    try {
        again = parseMctCard(exportMctJson(card.content), file, limits);
    } catch (const ImportError &e) {
        violated(QStringLiteral("the exported card does not parse again: %1").arg(e.message()));
    }
    if (again.content != card.content) {
        violated(QStringLiteral("round trip changed the card's content"));
    }
}

void runHfCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    const HfCard card = parseHfCard(bytes, file, limits);
    for (const HfResult &result : card.results) {
        for (const HfMetric &metric : result.metrics) {
            requireFinite(metric.value, result.keyPath + QStringLiteral(" metric value"));
        }
    }
    for (const HfSection &section : card.sections) {
        if (section.level < 1 || section.level > 6) {
            violated(QStringLiteral("a section of level %1").arg(section.level));
        }
    }
}

/// binsJson is what DistributionOverlay reads: reference and current shares or counts of equal
/// length, finite and not negative, with one label per bin or one edge more than bins.
void checkBins(const EvidentlyColumnDrift &column)
{
    if (column.binsJson.isEmpty()) {
        return;
    }
    const QJsonObject bins = QJsonDocument::fromJson(column.binsJson.toUtf8()).object();
    const QJsonArray reference = bins.value(QStringLiteral("reference")).toArray();
    const QJsonArray current = bins.value(QStringLiteral("current")).toArray();
    const qsizetype labels = bins.value(QStringLiteral("labels")).toArray().size();
    const qsizetype edges = bins.value(QStringLiteral("edges")).toArray().size();
    bool ok = !reference.isEmpty() && reference.size() == current.size()
        && (labels == reference.size() || edges == reference.size() + 1);
    for (const QJsonArray &side : {reference, current}) {
        for (const QJsonValue &v : side) {
            ok = ok && v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0.0;
        }
    }
    if (!ok) {
        violated(QStringLiteral("%1: bins %2").arg(column.keyPath, column.binsJson.left(200)));
    }
}

void runEvidently(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    static const QSet<QString> kStatistics = {
        QString(),
        QStringLiteral("psi"),
        QStringLiteral("ks"),
        QStringLiteral("chi2"),
        QStringLiteral("z"),
        QStringLiteral("js"),
        QStringLiteral("kl"),
        QStringLiteral("wasserstein"),
        QStringLiteral("hellinger"),
        QStringLiteral("energy"),
        QStringLiteral("tvd"),
        QStringLiteral("anderson"),
        QStringLiteral("cramer_von_mises"),
        QStringLiteral("fisher_exact"),
        QStringLiteral("g_test"),
        QStringLiteral("mann_whitney"),
        QStringLiteral("epps_singleton"),
        QStringLiteral("t_test"),
        QStringLiteral("mmd"),
    };
    const EvidentlyReport report = parseEvidentlyReport(bytes, file, limits);
    for (const EvidentlyColumnDrift &column : report.columns) {
        requireFinite(column.score, column.keyPath + QStringLiteral(" score"));
        requireFinite(column.threshold, column.keyPath + QStringLiteral(" threshold"));
        checkBins(column);
        if (!kStatistics.contains(column.statistic)) {
            violated(QStringLiteral("unknown statistic key \"%1\"").arg(column.statistic));
        }
    }
    const auto byName = [](const EvidentlyColumnDrift &a, const EvidentlyColumnDrift &b) {
        return std::tie(a.column, a.statistic) < std::tie(b.column, b.statistic);
    };
    if (!std::is_sorted(report.columns.begin(), report.columns.end(), byName)) {
        violated(QStringLiteral("columns not sorted by column name then statistic"));
    }
    if (report.shareOfDriftedColumns) {
        requireFinite(*report.shareOfDriftedColumns, QStringLiteral("share of drifted columns"));
    }
}

void checkFairness(const FairnessResult &result)
{
    QSet<QString> names;
    for (const FairnessGroupRow &group : result.groups) {
        names.insert(group.group);
        if (std::min({group.truePositives, group.falsePositives, group.trueNegatives,
                      group.falseNegatives})
            < 0) {
            violated(QStringLiteral("%1: a negative count").arg(result.where));
        }
    }
    if (result.groups.size() < 2 || names.size() != static_cast<qsizetype>(result.groups.size())) {
        violated(
            QStringLiteral("%1: fewer than two groups, or group names repeated").arg(result.where));
    }
}

void runEvaluationFile(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    static const QSet<QString> kSplits = {QStringLiteral("train"), QStringLiteral("validation"),
                                          QStringLiteral("test"), QStringLiteral("production")};
    const EvaluationFile parsed = parseEvaluationFile(bytes, file, limits);
    for (const EvaluationRow &row : parsed.evaluations) {
        requireFinite(row.value, row.where + QStringLiteral(" value"));
        if (!kSplits.contains(row.split)) {
            violated(QStringLiteral("%1: split \"%2\"").arg(row.where, row.split));
        }
    }
    for (const FairnessResult &result : parsed.fairness) {
        checkFairness(result);
    }
}

QString fileNameFor(Target target)
{
    switch (target) {
    case Target::JsonTree:
        return QStringLiteral("fuzz-input.json");
    case Target::YamlTree:
        return QStringLiteral("fuzz-input.yaml");
    case Target::MlflowMetric:
        return QStringLiteral("metrics/accuracy");
    case Target::MlflowMeta:
        return QStringLiteral("mlruns");
    case Target::MctCard:
        return QStringLiteral("model-card.json");
    case Target::HfCard:
        return QStringLiteral("README.md");
    case Target::Evidently:
        return QStringLiteral("drift-report.json");
    case Target::EvaluationFile:
        return QStringLiteral("evaluation-results");
    }
    return {};
}

void dispatch(Target target, const QByteArray &bytes, const QString &file)
{
    const ImportLimits limits;
    switch (target) {
    case Target::JsonTree:
        return runJsonTree(bytes, file, limits);
    case Target::YamlTree:
        return runYamlTree(bytes, file, limits);
    case Target::MlflowMetric:
        return runMlflowMetric(bytes, file);
    case Target::MlflowMeta:
        return runMlflowMeta(bytes, limits);
    case Target::MctCard:
        return runMctCard(bytes, file, limits);
    case Target::HfCard:
        return runHfCard(bytes, file, limits);
    case Target::Evidently:
        return runEvidently(bytes, file, limits);
    case Target::EvaluationFile:
        return runEvaluationFile(bytes, file, limits);
    }
}

} // namespace

QString targetName(Target target)
{
    switch (target) {
    case Target::JsonTree:
        return QStringLiteral("fuzz_json_tree");
    case Target::YamlTree:
        return QStringLiteral("fuzz_yaml_tree");
    case Target::MlflowMetric:
        return QStringLiteral("fuzz_mlflow_metric");
    case Target::MlflowMeta:
        return QStringLiteral("fuzz_mlflow_meta");
    case Target::MctCard:
        return QStringLiteral("fuzz_mct_card");
    case Target::HfCard:
        return QStringLiteral("fuzz_hf_card");
    case Target::Evidently:
        return QStringLiteral("fuzz_evidently");
    case Target::EvaluationFile:
        return QStringLiteral("fuzz_evaluation_file");
    }
    return {};
}

const std::vector<Target> &allTargets()
{
    static const std::vector<Target> kTargets = {
        Target::JsonTree, Target::YamlTree, Target::MlflowMetric, Target::MlflowMeta,
        Target::MctCard,  Target::HfCard,   Target::Evidently,    Target::EvaluationFile,
    };
    return kTargets;
}

std::optional<Target> targetNamed(const QString &name)
{
    for (const Target target : allTargets()) {
        if (targetName(target) == name) {
            return target;
        }
    }
    return std::nullopt;
}

void runInput(Target target, const QByteArray &bytes)
{
    const QString file = fileNameFor(target);
    try {
        dispatch(target, bytes, file);
    } catch (const ImportError &e) {
        if (e.kind() == ImportErrorKind::NotFound || e.kind() == ImportErrorKind::Target
            || e.kind() == ImportErrorKind::Cancelled) {
            violated(QStringLiteral("an error of an unexpected kind: %1").arg(e.message()));
        }
        requireNamesFile(e.message(), file);
    }
}

} // namespace Quorum::Fuzz
