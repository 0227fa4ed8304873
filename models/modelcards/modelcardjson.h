// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Quorum {

/// The card in @p json as an object; text that is empty, not JSON or not a JSON object gives
/// an empty object (an empty card).
QJsonObject modelCardObject(const QString &json);

/// The card pretty-printed for reading and line-by-line comparison: two-space indentation,
/// keys in Model Card Toolkit order (mctOrderedKeys), one value per line, ending in a newline.
/// Same content always gives the same text.
QString prettyModelCardJson(const QJsonObject &card);

/// A JSON leaf as text: strings as written, numbers in their shortest exact form ("0.91",
/// "3"), true/false, "null", and "[]"/"{}" for empty containers.
QString modelCardValueText(const QJsonValue &value);

} // namespace Quorum
