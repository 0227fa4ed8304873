// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Quorum {

/// The keys of @p object in Model Card Toolkit order: the keys the schema declares in the
/// order the schema lists them (schema_version, model_details, model_parameters,
/// quantitative_analysis, considerations; name before overview; type before value, …), then
/// any other key alphabetically. QJsonObject itself keeps keys sorted, which would put
/// "considerations" first.
QStringList mctOrderedKeys(const QJsonObject &object);

} // namespace Quorum
