// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Quorum {

/// Whether the per-file size limits apply.
enum class SizeLimit {
    Enforced,
    Lifted, ///< --force: size limits are not checked (structure caps still are)
};

/// The caps every importer checks before and while reading. Measured: QJsonDocument accepts a
/// 200 MB string (620 MB resident) and YAML aliases can expand 300 bytes into hundreds of
/// megabytes, so sizes are checked before a byte is parsed, YAML anchors and aliases are
/// refused, and nesting depth and node counts are capped.
struct ImportLimits
{
    qint64 maxDocumentBytes = 32LL << 20;   ///< a JSON, Markdown or CSV file (32 MiB)
    qint64 maxYamlBytes = 1LL << 20;        ///< a YAML file or front matter (1 MiB)
    qint64 maxMetricFileBytes = 64LL << 20; ///< one MLflow metric history file (64 MiB)
    int maxDepth = 64;                      ///< nesting of JSON arrays/objects, YAML collections
    qint64 maxNodes = 1'000'000;            ///< values in one JSON or YAML document
    int maxTreeDepth = 24;                  ///< directory levels below an MLflow store's root
    qint64 maxTreeEntries = 200'000;        ///< files and directories visited in an MLflow store
    SizeLimit sizeLimit = SizeLimit::Enforced;

    /// Whether @p bytes is over @p limit while size limits apply.
    bool exceeds(qint64 bytes, qint64 limit) const
    {
        return sizeLimit == SizeLimit::Enforced && bytes > limit;
    }
};

} // namespace Quorum
