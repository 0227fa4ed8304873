// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Quorum {

/// Parses one YAML document (yaml-cpp's event parser) into a JSON-like tree:
///  - mappings become objects (keys as text; a duplicate key is an error), sequences arrays;
///  - plain scalars null, Null, NULL, ~ and empty become null; true/false (any case) bool;
///  - every other scalar — quoted or plain, numbers included — stays a **string**, exactly
///    as written: SourceNode::number()/integer() parse numbers from text, so that
///    "744527609198417912" keeps every digit and "None" stays the string "None".
/// Refused with ImportError(Malformed) and the line and column: syntax errors, anchors and
/// aliases (they can expand a few bytes into gigabytes), nesting deeper than
/// limits.maxDepth, more than limits.maxNodes values, more than one document, invalid UTF-8.
/// An empty document gives null.
QJsonValue parseYamlDocument(const QByteArray &bytes, const QString &file,
                             const ImportLimits &limits);

} // namespace Quorum
