// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagetext.h"

#include "lineage/lineagegraph.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>
#include <vector>

namespace Quorum::Ui::LineageText {

namespace {

using Facts = std::vector<std::pair<QString, QString>>;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::LineageText", text);
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? tr("not recorded") : text;
}

QString time(const QDateTime &at)
{
    return at.isValid() ? tr("%1 UTC").arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        : tr("not recorded");
}

QString approvalLabel(DatasetApproval approval)
{
    switch (approval) {
    case DatasetApproval::Pending:
        return tr("pending");
    case DatasetApproval::Approved:
        return tr("approved");
    case DatasetApproval::Rejected:
        return tr("rejected");
    }
    return {};
}

QString rows(const Dataset &d)
{
    return d.rowCount ? QLocale().toString(*d.rowCount) : tr("not recorded");
}

Facts datasetFacts(const Dataset &d)
{
    return {{tr("Version"), d.version},
            {tr("Rows"), rows(d)},
            {tr("SHA-256"), orNotRecorded(d.sha256)},
            {tr("Source"), orNotRecorded(d.source)},
            {tr("Personal data"), d.containsPii ? tr("yes (PII)") : tr("no")},
            {tr("Approval"), approvalLabel(d.approval)},
            {tr("Created"), time(d.createdAt)}};
}

Facts versionFacts(const ModelVersion &v)
{
    const QString framework
        = QString(v.framework + QLatin1Char(' ') + v.frameworkVersion).trimmed();
    return {{tr("Stage"), stageLabel(v.stage)},
            {tr("Framework"), orNotRecorded(framework)},
            {tr("Artifact"), orNotRecorded(v.artifactUri)},
            {tr("SHA-256"), orNotRecorded(v.artifactSha256)},
            {tr("Code commit"), orNotRecorded(v.codeCommit)},
            {tr("Created"), time(v.createdAt)},
            {tr("Deployment target"), orNotRecorded(v.deploymentTarget)},
            {tr("URL"), orNotRecorded(v.deploymentUrl)}};
}

Facts deploymentFacts(const LineageDeployment &d)
{
    return {{tr("Target"), orNotRecorded(d.target)},
            {tr("URL"), orNotRecorded(d.url)},
            {tr("Status"),
             d.live ? tr("live: a version here is in production")
                    : tr("past: no version here is in production")}};
}

Facts facts(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Dataset:
        return datasetFacts(node.dataset);
    case LineageNodeKind::Version:
        return versionFacts(node.version);
    case LineageNodeKind::Deployment:
        return deploymentFacts(node.deployment);
    }
    return {};
}

QString factsTable(const Facts &facts)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[label, value] : facts) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString purposes(const LineageEdge &edge)
{
    QStringList words;
    for (DatasetPurpose p : edge.purposes) {
        switch (p) {
        case DatasetPurpose::Training:
            words << tr("training");
            break;
        case DatasetPurpose::Validation:
            words << tr("validation");
            break;
        case DatasetPurpose::Test:
            words << tr("test");
            break;
        case DatasetPurpose::Reference:
            words << tr("drift reference");
            break;
        }
    }
    return words.join(tr(", "));
}

QString neighbourList(const LineageGraph &graph, int index, bool incoming)
{
    QString html;
    for (const LineageEdge &e : graph.edges) {
        const int other = incoming ? (e.to == index ? e.from : -1) : (e.from == index ? e.to : -1);
        if (other < 0) {
            continue;
        }
        QString item = title(graph.nodes[size_t(other)]).toHtmlEscaped();
        if (e.kind == LineageEdgeKind::UsedBy) {
            item = tr("%1 (%2)").arg(item, purposes(e).toHtmlEscaped());
        }
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html);
}

} // namespace

QString title(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Dataset:
        return node.dataset.name;
    case LineageNodeKind::Version:
        return tr("Version %1").arg(node.version.version.toString());
    case LineageNodeKind::Deployment:
        return node.deployment.recorded() ? node.name() : tr("Deployment not recorded");
    }
    return {};
}

QString subtitle(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Dataset:
        return tr("%1 · %2 rows").arg(node.dataset.version, rows(node.dataset));
    case LineageNodeKind::Version:
        return stageLabel(node.version.stage);
    case LineageNodeKind::Deployment: {
        const QString state = node.deployment.live ? tr("live") : tr("past");
        return node.deployment.target.isEmpty() || node.deployment.url.isEmpty()
            ? state
            : tr("%1 · %2").arg(state, node.deployment.url);
    }
    }
    return {};
}

QString accessibleName(const LineageNode &node)
{
    switch (node.kind) {
    case LineageNodeKind::Dataset:
        return node.dataset.containsPii
            ? tr("Dataset %1 %2, contains personal data, %3 rows")
                  .arg(node.dataset.name, node.dataset.version, rows(node.dataset))
            : tr("Dataset %1 %2, %3 rows")
                  .arg(node.dataset.name, node.dataset.version, rows(node.dataset));
    case LineageNodeKind::Version:
        return tr("Version %1, %2")
            .arg(node.version.version.toString(), stageLabel(node.version.stage));
    case LineageNodeKind::Deployment:
        return tr("Deployment %1, %2").arg(title(node), subtitle(node));
    }
    return {};
}

QString toolTip(const LineageNode &node)
{
    return QStringLiteral("<b>%1</b>%2").arg(title(node).toHtmlEscaped(), factsTable(facts(node)));
}

QString detailsHtml(const LineageGraph &graph, int index)
{
    if (index < 0 || index >= int(graph.nodes.size())) {
        return QStringLiteral("<p>%1</p>")
            .arg(tr("Select a box to see its details. Tab and the arrow keys move between "
                    "boxes.")
                     .toHtmlEscaped());
    }
    const LineageNode &node = graph.nodes[size_t(index)];
    QString html = QStringLiteral("<h3>%1</h3>").arg(title(node).toHtmlEscaped());
    html += factsTable(facts(node));
    if (const QString from = neighbourList(graph, index, true); !from.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Comes from").toHtmlEscaped(), from);
    }
    if (const QString to = neighbourList(graph, index, false); !to.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Feeds").toHtmlEscaped(), to);
    }
    return html;
}

} // namespace Quorum::Ui::LineageText
