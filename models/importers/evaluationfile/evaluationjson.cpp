// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationformats.h"
#include "evaluationrules.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcenode.h"

#include <QCoreApplication>
#include <QSet>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvaluationFile", text);
}

EvaluationRow evaluationOf(const SourceNode &node)
{
    node.requireObject();
    const EvaluationCells cells{
        node[QStringLiteral("metric")],       node[QStringLiteral("value")],
        node[QStringLiteral("split")],        node[QStringLiteral("segment")],
        node[QStringLiteral("window_start")], node[QStringLiteral("window_end")]};
    return evaluationRow(cells, node.path());
}

FairnessResult fairnessOf(const SourceNode &node)
{
    node.requireObject();
    FairnessResult result;
    result.attribute = requiredText(node[QStringLiteral("attribute")]);
    const SourceNode privileged = node[QStringLiteral("privileged_group")];
    result.privilegedGroup = requiredText(privileged);
    if (const auto favourable = node[QStringLiteral("favourable_outcome")].optionalText()) {
        result.favourableOutcome = favourable->trimmed();
    }
    result.split = splitOf(node[QStringLiteral("split")]);
    const SourceNode groups = node[QStringLiteral("groups")];
    QSet<QString> seen;
    for (const SourceNode &group : groups.requireArray().elements()) {
        group.requireObject();
        const GroupCells cells{group[QStringLiteral("group")], group[QStringLiteral("tp")],
                               group[QStringLiteral("fp")],    group[QStringLiteral("tn")],
                               group[QStringLiteral("fn")],    group[QStringLiteral("brier")]};
        FairnessGroupRow row = groupRow(cells);
        if (seen.contains(row.group)) {
            cells.group.fail(tr("the group \"%1\" is listed twice; expected each group of "
                                "\"%2\" once")
                                 .arg(row.group, result.attribute));
        }
        seen.insert(row.group);
        result.groups.push_back(std::move(row));
    }
    if (result.groups.size() < 2) {
        groups.fail(
            tr("expected at least two groups to compare, found %1").arg(result.groups.size()));
    }
    if (!seen.contains(result.privilegedGroup)) {
        privileged.fail(tr("expected one of the groups (%1), found \"%2\"")
                            .arg(groupNames(result), result.privilegedGroup));
    }
    result.where = node.path();
    return result;
}

} // namespace

EvaluationFile parseEvaluationJson(const QByteArray &bytes, const QString &file,
                                   const ImportLimits &limits)
{
    const SourceNode root(parseJsonDocument(bytes, file, limits), file);
    root.requireObject();
    const SourceNode evaluations = root[QStringLiteral("evaluations")];
    const SourceNode fairness = root[QStringLiteral("fairness")];
    EvaluationFile out;
    for (const SourceNode &node : evaluations.elements()) {
        out.evaluations.push_back(evaluationOf(node));
    }
    for (const SourceNode &node : fairness.elements()) {
        out.fairness.push_back(fairnessOf(node));
    }
    if (out.evaluations.empty() && out.fairness.empty()) {
        root.fail(tr("expected an \"evaluations\" or a \"fairness\" list with at least one "
                     "entry"));
    }
    return out;
}

} // namespace Quorum::Internal
