// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Quorum {

/// A Markdown file cut at its YAML front matter.
struct FrontMatter
{
    bool present = false;
    int openingLine = 0; ///< 1-based line of the opening "---" (0 when absent)
    /// The YAML between the "---" lines, preceded by one empty line per line above it, so that
    /// the YAML parser's line numbers are the file's.
    QByteArray yaml;
    qint64 yamlBytes = 0; ///< the size of the front matter itself (without the padding)
    QByteArray body;      ///< the Markdown after the closing "---" (the whole text when absent)
};

/// Splits @p bytes (UTF-8, maybe with a byte-order mark) into front matter and body. The front
/// matter opens with a line "---" (blank lines before it allowed) and closes with the next line
/// "---"; trailing spaces and CRLF line ends are allowed on both. An opening line without a
/// closing one throws ImportError(Malformed) naming @p file and the opening line.
FrontMatter splitFrontMatter(const QByteArray &bytes, const QString &file);

} // namespace Quorum
