// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlscript.h"

namespace Quorum {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The keyword (upper-case) that starts at @p i when it stands alone as a word, else empty.
QString wordAt(const QString &s, qsizetype i)
{
    if (i > 0 && isWordChar(s[i - 1])) {
        return {};
    }
    qsizetype end = i;
    while (end < s.size() && isWordChar(s[end])) {
        ++end;
    }
    return s.mid(i, end - i).toUpper();
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int triggerDepth = 0; // > 0 inside BEGIN … END of a trigger body
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n')) {
                ++i;
            }
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) {
                        j += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (!word.isEmpty()) {
                const bool inTrigger
                    = current.simplified().toUpper().startsWith(QLatin1String("CREATE TRIGGER"))
                    || current.simplified().toUpper().startsWith(
                        QLatin1String("CREATE TEMP TRIGGER"));
                if (inTrigger
                    && (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))) {
                    ++triggerDepth;
                } else if (inTrigger && word == QLatin1String("END") && triggerDepth > 0) {
                    --triggerDepth;
                }
                current += script.mid(i, word.size());
                i += word.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';') && triggerDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty()) {
                statements << statement;
            }
            current.clear();
            continue;
        }
        current += c;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty()) {
        statements << rest;
    }
    return statements;
}

} // namespace Quorum
