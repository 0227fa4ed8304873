// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Quorum {

/// Parses a JSON document for an importer. Checks UTF-8 (requireUtf8Text) and nesting depth
/// (limits.maxDepth) before QJsonDocument sees the bytes. Python's json module writes the
/// non-standard tokens NaN, Infinity and -Infinity; they are turned into the strings "NaN",
/// "Infinity" and "-Infinity" so that SourceNode::number() can refuse them by key path.
/// Syntax errors throw ImportError(Malformed) naming @p file and "line L, column C".
QJsonValue parseJsonDocument(const QByteArray &bytes, const QString &file,
                             const ImportLimits &limits);

} // namespace Quorum
