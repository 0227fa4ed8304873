// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Quorum {

/// The result of checking a model card's JSON text before it is saved.
struct ModelCardCheck
{
    QJsonObject content;   ///< the card, when valid
    QString schemaVersion; ///< "0.0.1" or "0.0.2" (declared or inferred), when valid
    /// Empty when valid; otherwise complete and user-facing: where ("line 4, column 7" for a
    /// syntax error, a key path such as "model_details.owners[0].name" for a wrong type) and
    /// what was expected and found.
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

/// Checks @p json as a Model Card Toolkit card with the importers' schema check
/// (parseMctCard): well-formed JSON, an object at the top, the known sections with the
/// schema's types. Pure; never throws.
ModelCardCheck checkModelCardJson(const QString &json);

} // namespace Quorum
