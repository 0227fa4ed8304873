// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecords.h"

#include "importers/source/importerror.h"

#include <QCoreApplication>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvaluationFile", text);
}

/// Walks the text one field at a time, keeping the line and column for messages.
class CsvScanner
{
public:
    CsvScanner(const QString &text, const QString &file)
        : m_text(text)
        , m_file(file)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    qint64 line() const { return m_line; }

    /// Reads one field; returns whether the record goes on after it.
    bool field(QString &out, bool &quoted)
    {
        skipBlanks();
        quoted = !atEnd() && m_text.at(m_pos) == u'"';
        if (quoted) {
            out = quotedField();
            skipBlanks();
        } else {
            const qsizetype from = m_pos;
            while (!atEnd() && m_text.at(m_pos) != u',' && !isLineEnd(m_text.at(m_pos))) {
                ++m_pos;
            }
            out = m_text.mid(from, m_pos - from).trimmed();
        }
        if (atEnd()) {
            return false;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u',') {
            ++m_pos;
            return true;
        }
        if (!isLineEnd(c)) {
            fail(tr("text after a closing quote; expected a comma or the end of the line"));
        }
        lineEnd();
        return false;
    }

private:
    static bool isLineEnd(QChar c) { return c == u'\n' || c == u'\r'; }

    void skipBlanks()
    {
        while (!atEnd() && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t')) {
            ++m_pos;
        }
    }

    void lineEnd()
    {
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size()
            && m_text.at(m_pos + 1) == u'\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    QString quotedField()
    {
        const qint64 openLine = m_line;
        const qsizetype openColumn = m_pos - m_lineStart + 1;
        QString out;
        for (++m_pos; !atEnd(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    out.append(c);
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                return out;
            }
            if (c == u'\n'
                || (c == u'\r' && (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1) != u'\n'))) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            out.append(c);
        }
        throw ImportError(ImportErrorKind::Malformed, m_file,
                          tr("line %1, column %2").arg(openLine).arg(openColumn),
                          tr("a quoted field is never closed; expected a closing \""));
    }

    [[noreturn]] void fail(const QString &problem) const
    {
        throw ImportError(ImportErrorKind::Malformed, m_file,
                          tr("line %1, column %2").arg(m_line).arg(m_pos - m_lineStart + 1),
                          problem);
    }

    const QString &m_text;
    const QString &m_file;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    qint64 m_line = 1;
};

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && !record.quoted.front() && record.fields.front().isEmpty();
}

} // namespace

std::vector<CsvRecord> readCsvRecords(const QByteArray &bytes, const QString &file,
                                      qint64 maxFields)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    CsvScanner scanner(text, file);
    std::vector<CsvRecord> records;
    qint64 fields = 0;
    while (!scanner.atEnd()) {
        CsvRecord record;
        record.line = scanner.line();
        bool more = true;
        while (more) {
            QString value;
            bool quoted = false;
            more = scanner.field(value, quoted);
            record.fields.append(value);
            record.quoted.push_back(quoted);
            if (++fields > maxFields) {
                throw ImportError(ImportErrorKind::TooLarge, file, tr("line %1").arg(record.line),
                                  tr("more than %1 fields in one file").arg(maxFields));
            }
        }
        if (!isBlank(record)) {
            records.push_back(std::move(record));
        }
    }
    return records;
}

} // namespace Quorum::Internal
