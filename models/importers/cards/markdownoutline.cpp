// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownoutline.h"

#include <QStringList>

#include <optional>

namespace Quorum {

namespace {

/// The line without up to three spaces of indent, or nullopt when it is indented more (an
/// indented code block, never a heading or fence).
std::optional<QStringView> unindented(QStringView line)
{
    qsizetype spaces = 0;
    while (spaces < line.size() && line.at(spaces) == QLatin1Char(' ')) {
        ++spaces;
    }
    if (spaces > 3) {
        return std::nullopt;
    }
    return line.mid(spaces);
}

/// The fence a line opens ("```", "~~~~", …), or an empty string.
QString openingFence(QStringView line)
{
    const auto rest = unindented(line);
    if (!rest || rest->isEmpty()) {
        return {};
    }
    const QChar marker = rest->front();
    if (marker != QLatin1Char('`') && marker != QLatin1Char('~')) {
        return {};
    }
    qsizetype length = 0;
    while (length < rest->size() && rest->at(length) == marker) {
        ++length;
    }
    // A backtick fence's info string cannot hold a backtick (it would be inline code).
    if (length < 3 || (marker == QLatin1Char('`') && rest->mid(length).contains(marker))) {
        return {};
    }
    return QString(length, marker);
}

bool closesFence(QStringView line, const QString &fence)
{
    const auto rest = unindented(line);
    if (!rest) {
        return false;
    }
    qsizetype length = 0;
    while (length < rest->size() && rest->at(length) == fence.front()) {
        ++length;
    }
    return length >= fence.size() && rest->mid(length).trimmed().isEmpty();
}

struct Heading
{
    int level = 0;
    QString text;
};

std::optional<Heading> atxHeading(QStringView line)
{
    const auto rest = unindented(line);
    if (!rest) {
        return std::nullopt;
    }
    int level = 0;
    while (level < rest->size() && rest->at(level) == QLatin1Char('#')) {
        ++level;
    }
    if (level < 1 || level > 6
        || (level < rest->size() && rest->at(level) != QLatin1Char(' ')
            && rest->at(level) != QLatin1Char('\t'))) {
        return std::nullopt;
    }
    QString text = rest->mid(level).trimmed().toString();
    // An optional closing sequence: a run of '#' that is the whole text or follows a space.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char('#')) {
        --end;
    }
    if (end < text.size() && (end == 0 || text.at(end - 1).isSpace())) {
        text = text.left(end).trimmed();
    }
    return Heading{level, text};
}

/// Removes HTML comments from @p line; @p inComment carries an unclosed one to the next line.
QString withoutComments(QString line, bool &inComment)
{
    qsizetype from = 0;
    while (true) {
        if (inComment) {
            const qsizetype close = line.indexOf(QLatin1String("-->"), from);
            if (close < 0) {
                return line.left(from);
            }
            line.remove(from, close + 3 - from);
            inComment = false;
        }
        const qsizetype open = line.indexOf(QLatin1String("<!--"), from);
        if (open < 0) {
            return line;
        }
        from = open;
        inComment = true;
    }
}

class Outliner
{
public:
    void addText(const QString &line) { m_lines.append(line); }
    void startSection(const Heading &heading)
    {
        flush();
        if (m_outline.title.isEmpty() && heading.level == 1) {
            m_outline.title = heading.text;
        }
        m_outline.sections.push_back(HfSection{heading.level, heading.text, {}});
    }
    MarkdownOutline finish()
    {
        flush();
        return std::move(m_outline);
    }

private:
    void flush()
    {
        const QString text = m_lines.join(QLatin1Char('\n')).trimmed();
        m_lines.clear();
        if (m_outline.sections.empty()) {
            m_outline.preamble = text;
        } else {
            m_outline.sections.back().text = text;
        }
    }

    MarkdownOutline m_outline;
    QStringList m_lines;
};

} // namespace

MarkdownOutline outlineMarkdown(const QString &markdown)
{
    Outliner outliner;
    QString fence;
    bool inComment = false;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (!fence.isEmpty()) {
            outliner.addText(line);
            if (closesFence(line, fence)) {
                fence.clear();
            }
            continue;
        }
        const bool wasInComment = inComment;
        const QString visible = withoutComments(line, inComment);
        if ((wasInComment || visible.size() != line.size()) && visible.trimmed().isEmpty()) {
            continue; // a line that only held (part of) a comment
        }
        fence = openingFence(visible);
        if (const auto heading = fence.isEmpty() ? atxHeading(visible) : std::nullopt) {
            outliner.startSection(*heading);
        } else {
            outliner.addText(visible);
        }
    }
    return outliner.finish();
}

} // namespace Quorum
