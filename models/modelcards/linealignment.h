// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum {

/// One row of a side-by-side comparison of two texts.
struct AlignedLine
{
    enum class Kind {
        Same,    ///< the same line on both sides
        Changed, ///< a line of the left replaced by a line of the right
        Added,   ///< only on the right (left is empty, leftLine -1)
        Removed, ///< only on the left (right is empty, rightLine -1)
    };
    Kind kind = Kind::Same;
    int leftLine = -1;  ///< 0-based line number in the left text, -1 when none
    int rightLine = -1; ///< 0-based line number in the right text, -1 when none
    QString left;
    QString right;
};

/// Texts longer than this (lines on either side) are compared line by line (line i with line
/// i) after their common start and end, instead of by longest common subsequence.
inline constexpr int kMaxAlignedLines = 5000;

/// Rows pairing the lines of @p left and @p right, in order, from a longest common subsequence
/// of lines: equal lines side by side (Same); between two such rows, removed and added lines
/// are paired as Changed as far as they go, the rest Removed or Added. Every line of each side
/// appears exactly once. Work is bounded: O(n·m) time and memory for the differing middle,
/// which is at most kMaxAlignedLines² cells; longer texts fall back to line-by-line pairing.
std::vector<AlignedLine> alignLines(const QStringList &left, const QStringList &right);

/// alignLines() over two model cards pretty-printed by prettyModelCardJson() (invalid JSON
/// is an empty card).
std::vector<AlignedLine> alignModelCards(const QString &beforeJson, const QString &afterJson);

} // namespace Quorum
