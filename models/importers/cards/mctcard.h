// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Quorum {

/// A Model Card Toolkit card (JSON schema v0.0.1 or v0.0.2, ../shared/data/modelcards/).
struct MctCard
{
    QString schemaVersion; ///< "0.0.1" or "0.0.2" (from schema_version, else inferred)
    /// The card as read, every field kept (also fields the schema does not declare, such as a
    /// performance metric's "threshold"): what is stored and what export writes back.
    QJsonObject content;
    QString modelName;          ///< model_details.name, may be empty
    QString versionName;        ///< model_details.version.name, may be empty
    int performanceMetrics = 0; ///< quantitative_analysis.performance_metrics count
    /// What was kept but is suspect, each naming the file and key path (a graphic's image that
    /// is not base64, as in MCT's own full.json with its "{image_bytes}" placeholder).
    QStringList warnings;
};

/// Parses and checks an MCT JSON card. The top level must be an object; the known sections
/// must have the schema's types (model_details an object, owners an array of objects, a
/// performance metric's type a string and its value a number or numeric string, …); unknown
/// top-level keys are refused for v0.0.2 (the schema closes the top level) and kept for
/// v0.0.1. Errors name @p file and the key path.
MctCard parseMctCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits);

/// The MCT JSON text of a stored card (content_json): indented, keys sorted, UTF-8, ending in
/// a newline. Round trip: parseMctCard(exportMctJson(c.content)).content == c.content.
QByteArray exportMctJson(const QJsonObject &content);

} // namespace Quorum
