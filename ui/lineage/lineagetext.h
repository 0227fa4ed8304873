// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {
struct LineageGraph;
struct LineageNode;
} // namespace Quorum

namespace Quorum::Ui {

/// The words the Lineage tab shows for a node, all translated.
namespace LineageText {

/// The first line of a node's box: the dataset's or deployment's name, "Version 1.2.0".
QString title(const LineageNode &node);
/// The second line: the dataset version and row count, the stage, the URL or "live".
QString subtitle(const LineageNode &node);
/// What a screen reader says for the node, e.g. "Dataset churn-train 2026.01, contains
/// personal data, 1,200 rows".
QString accessibleName(const LineageNode &node);
/// The hover tooltip (rich text): SHA-256, row count, source, URL, …
QString toolTip(const LineageNode &node);
/// The side panel's HTML for the node of @p graph at @p index, with what it comes from and
/// what it feeds.
QString detailsHtml(const LineageGraph &graph, int index);

} // namespace LineageText

} // namespace Quorum::Ui
