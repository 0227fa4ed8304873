// SPDX-License-Identifier: GPL-3.0-or-later
#include "linealignment.h"

#include "modelcardjson.h"

#include <algorithm>
#include <cstdint>

namespace Quorum {

namespace {

using Kind = AlignedLine::Kind;

class Aligner
{
public:
    Aligner(const QStringList &left, const QStringList &right)
        : m_left(left)
        , m_right(right)
    {}

    std::vector<AlignedLine> run();

private:
    void same(int l, int r) { m_rows.push_back({Kind::Same, l, r, m_left[l], m_right[r]}); }
    void flushPending();
    void lcs(int lBegin, int lEnd, int rBegin, int rEnd);
    void lineByLine(int lBegin, int lEnd, int rBegin, int rEnd);

    const QStringList &m_left;
    const QStringList &m_right;
    std::vector<int> m_removed; ///< left lines waiting to be paired
    std::vector<int> m_added;   ///< right lines waiting to be paired
    std::vector<AlignedLine> m_rows;
};

void Aligner::flushPending()
{
    const size_t paired = std::min(m_removed.size(), m_added.size());
    for (size_t i = 0; i < paired; ++i) {
        const int l = m_removed[i];
        const int r = m_added[i];
        m_rows.push_back({Kind::Changed, l, r, m_left[l], m_right[r]});
    }
    for (size_t i = paired; i < m_removed.size(); ++i) {
        m_rows.push_back({Kind::Removed, m_removed[i], -1, m_left[m_removed[i]], QString()});
    }
    for (size_t i = paired; i < m_added.size(); ++i) {
        m_rows.push_back({Kind::Added, -1, m_added[i], QString(), m_right[m_added[i]]});
    }
    m_removed.clear();
    m_added.clear();
}

void Aligner::lcs(int lBegin, int lEnd, int rBegin, int rEnd)
{
    const int n = lEnd - lBegin;
    const int m = rEnd - rBegin;
    // suffix[i][j]: length of the longest common subsequence of left[i..] and right[j..].
    std::vector<std::uint16_t> suffix(size_t(n + 1) * size_t(m + 1), 0);
    const auto at = [m](int i, int j) { return size_t(i) * size_t(m + 1) + size_t(j); };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            suffix[at(i, j)] = m_left[lBegin + i] == m_right[rBegin + j]
                ? std::uint16_t(suffix[at(i + 1, j + 1)] + 1)
                : std::max(suffix[at(i + 1, j)], suffix[at(i, j + 1)]);
        }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && m_left[lBegin + i] == m_right[rBegin + j]) {
            flushPending();
            same(lBegin + i++, rBegin + j++);
        } else if (j == m || (i < n && suffix[at(i + 1, j)] >= suffix[at(i, j + 1)])) {
            m_removed.push_back(lBegin + i++);
        } else {
            m_added.push_back(rBegin + j++);
        }
    }
    flushPending();
}

void Aligner::lineByLine(int lBegin, int lEnd, int rBegin, int rEnd)
{
    for (int l = lBegin, r = rBegin; l < lEnd || r < rEnd; ++l, ++r) {
        if (l < lEnd && r < rEnd && m_left[l] == m_right[r]) {
            flushPending();
            same(l, r);
            continue;
        }
        if (l < lEnd) {
            m_removed.push_back(l);
        }
        if (r < rEnd) {
            m_added.push_back(r);
        }
    }
    flushPending();
}

std::vector<AlignedLine> Aligner::run()
{
    const int n = int(m_left.size());
    const int m = int(m_right.size());
    int prefix = 0;
    while (prefix < n && prefix < m && m_left[prefix] == m_right[prefix]) {
        same(prefix, prefix);
        ++prefix;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && m_left[n - 1 - suffix] == m_right[m - 1 - suffix]) {
        ++suffix;
    }
    if (n - prefix - suffix > kMaxAlignedLines || m - prefix - suffix > kMaxAlignedLines) {
        lineByLine(prefix, n - suffix, prefix, m - suffix);
    } else {
        lcs(prefix, n - suffix, prefix, m - suffix);
    }
    for (int k = suffix; k > 0; --k) {
        same(n - k, m - k);
    }
    return std::move(m_rows);
}

QStringList linesOf(const QString &json)
{
    QString text = prettyModelCardJson(modelCardObject(json));
    text.chop(1); // the final newline ends the last line; it does not start another
    return text.split(QLatin1Char('\n'));
}

} // namespace

std::vector<AlignedLine> alignLines(const QStringList &left, const QStringList &right)
{
    return Aligner(left, right).run();
}

std::vector<AlignedLine> alignModelCards(const QString &beforeJson, const QString &afterJson)
{
    return alignLines(linesOf(beforeJson), linesOf(afterJson));
}

} // namespace Quorum
