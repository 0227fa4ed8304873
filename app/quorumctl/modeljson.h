// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Quorum {
struct Model;
struct ModelSummary;
struct ModelVersion;
} // namespace Quorum

/// The JSON that quorumctl prints for models and versions. Keys are snake_case, enums are
/// their stable keys ("production"), tiers their number, times ISO-8601 UTC, and absent values
/// null rather than "".
namespace Quorum::Cli::ModelJson {

/// A text value, or null when @p text is empty.
QJsonValue textOrNull(const QString &text);

/// One row of 'models --json'.
QJsonObject fromSummary(const ModelSummary &summary);

/// The model facts of 'show --json' (without its versions).
QJsonObject fromModel(const Model &model, const QString &ownerName, const QString &ownerEmail);

/// One version of 'show --json'; @p parentLabel is the parent version ("1.2.0", or
/// "other-model@1.2.0" across models), empty when there is none.
QJsonObject fromVersion(const ModelVersion &version, const QString &parentLabel);

} // namespace Quorum::Cli::ModelJson
