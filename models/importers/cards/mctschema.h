// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Quorum {

class SourceNode;

/// The Model Card Toolkit schema a card follows.
enum class MctSchema {
    V001, ///< 0.0.1: license/citation text, references as text, data {train, eval}
    V002, ///< 0.0.2: licenses/citations/references as objects, data as a list
};

/// "0.0.1" or "0.0.2".
QString mctSchemaName(MctSchema schema);

/// The schema a card without schema_version follows, told by the shapes only 0.0.1 has
/// (model_details.license or .citation, references as text, model_parameters.data as an
/// object, considerations as lists of text); 0.0.2 otherwise.
MctSchema inferMctSchema(const QJsonObject &card);

/// Checks @p card against the declared shapes of @p schema: the types of every declared key
/// (text, lists of objects, numbers or numeric text for metric values, thresholds and
/// confidence bounds), a performance metric's required type, v0.0.1's required model_details
/// and v0.0.2's closed top level. Undeclared keys inside sections are left as they are. Throws
/// ImportError(Invalid) with the key path. A graphic whose image is text but not base64 is
/// kept and reported in @p warnings (MCT's own test card holds the placeholder
/// "{image_bytes}", and JSON Schema treats contentEncoding as an annotation).
void checkMctCard(const SourceNode &card, MctSchema schema, QStringList &warnings);

} // namespace Quorum
