// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextwrap.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Quorum::Reports::Pdf {

namespace {

/// Length of the longest prefix of @p word that fits @p width; at least one character (or a
/// whole surrogate pair) so that cutting always makes progress.
qsizetype fittingPrefix(const QString &word, const QFontMetricsF &metrics, double width)
{
    qsizetype low = 1;
    qsizetype high = word.size();
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (metrics.horizontalAdvance(word.left(middle)) <= width) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    if (low < word.size() && word.at(low - 1).isHighSurrogate()) {
        low = low > 1 ? low - 1 : low + 1;
    }
    // Prefer to cut after a separator of URLs and paths when one is in the last half.
    static const QString separators = QStringLiteral("/?&=-_.,;:");
    for (qsizetype cut = low; cut > low / 2 && cut < word.size(); --cut) {
        if (separators.contains(word.at(cut - 1))) {
            return cut;
        }
    }
    return low;
}

class LineBreaker
{
public:
    LineBreaker(const QFontMetricsF &metrics, double width, double firstIndent)
        : m_metrics(metrics)
        , m_width(width)
        , m_indent(firstIndent)
        , m_space(metrics.horizontalAdvance(QLatin1Char(' ')))
    {}

    void addParagraph(const QString &paragraph)
    {
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            addWord(word);
        }
        finishLine(true);
    }

    QStringList lines() const { return m_lines; }

private:
    double available() const { return std::max(1.0, m_width - m_indent); }

    void addWord(QString word)
    {
        double advance = m_metrics.horizontalAdvance(word);
        if (!m_line.isEmpty() && m_lineWidth + m_space + advance <= available()) {
            m_line += QLatin1Char(' ') + word;
            m_lineWidth += m_space + advance;
            return;
        }
        finishLine(false);
        while (advance > available()) {
            const qsizetype cut = fittingPrefix(word, m_metrics, available());
            m_line = word.left(cut);
            finishLine(false);
            word = word.mid(cut);
            advance = m_metrics.horizontalAdvance(word);
        }
        m_line = word;
        m_lineWidth = advance;
    }

    void finishLine(bool force)
    {
        if (m_line.isEmpty() && !force) {
            return;
        }
        m_lines << m_line;
        m_line.clear();
        m_lineWidth = 0.0;
        m_indent = 0.0;
    }

    const QFontMetricsF &m_metrics;
    double m_width;
    double m_indent;
    double m_space;
    QStringList m_lines;
    QString m_line;
    double m_lineWidth = 0.0;
};

} // namespace

QStringList pdfWrapText(const QString &text, const QFontMetricsF &metrics, double width,
                        double firstLineIndent)
{
    if (text.isEmpty()) {
        return {};
    }
    QString clean = text;
    clean.replace(QLatin1Char('\t'), QLatin1Char(' ')).remove(QLatin1Char('\r'));
    LineBreaker breaker(metrics, width, firstLineIndent);
    const QStringList paragraphs = clean.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        breaker.addParagraph(paragraph);
    }
    return breaker.lines();
}

double pdfNaturalWidth(const QString &text, const QFontMetricsF &metrics)
{
    double widest = 0.0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

double pdfLongestWord(const QString &text, const QFontMetricsF &metrics)
{
    double widest = 0.0;
    const QStringList words = QString(text)
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

} // namespace Quorum::Reports::Pdf
