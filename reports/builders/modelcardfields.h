// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Quorum::Reports {

/// Reading Model Card Toolkit JSON of schema 0.0.1 and 0.0.2, where the same field may be a
/// plain string (0.0.1) or an object (0.0.2).
namespace ModelCardFields {

using Pairs = std::vector<std::pair<QString, QString>>;

/// The card's JSON object; an empty object and @p error set when it is not a JSON object.
QJsonObject parseCard(const QString &json, QString *error);

/// A scalar as text: strings as they are, numbers in the shortest exact form, booleans as
/// "true"/"false"; empty for null, objects and arrays.
QString scalarText(const QJsonValue &value);

/// The texts of a list: string items as they are, object items by their @p key (0.0.2's
/// {"description": …}); a plain string (not a list) is one item. Empty items are skipped.
QStringList itemTexts(const QJsonValue &list, const QString &key);

/// Ethical considerations as (risk, mitigation strategy); a string item has no mitigation.
Pairs ethicalConsiderations(const QJsonValue &list);

/// Every field of @p card this reader does not know, flattened to (key path, value), e.g.
/// ("model_details.owners[0].phone", "+49 …"), in key order.
Pairs unknownFields(const QJsonObject &card);

} // namespace ModelCardFields

} // namespace Quorum::Reports
