// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"

#include <QJsonValue>
#include <QString>

namespace Quorum::Fuzz {

/// Where a tree came from: YAML trees hold no numbers (every scalar stays text).
enum class TreeSource {
    Json,
    Yaml,
};

/// Visits every value of a parsed document through SourceNode's getters (text, number,
/// integer, boolean, keys, elements, a missing member) and checks their promises: nesting
/// within limits.maxDepth, at most limits.maxNodes values, numbers finite, whole numbers
/// within ±2^53, and every refusal an ImportError(Invalid) naming @p file and the key path.
/// Throws ContractViolation otherwise. Iterative, so a too-deep tree is reported, not a
/// stack overflow here.
void walkTree(const QJsonValue &root, const QString &file, const ImportLimits &limits,
              TreeSource source);

/// Throws ContractViolation unless @p message names @p file.
void requireNamesFile(const QString &message, const QString &file);

} // namespace Quorum::Fuzz
