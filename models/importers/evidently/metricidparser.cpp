// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricidparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvidentlyReport", text);
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

/// Whether @p text starts with "key=" (spaces allowed around the key). Reads only the key,
/// so that checking after every comma stays linear in the id's length.
bool startsWithKey(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    if (i == text.size() || !isNameStart(text.at(i))) {
        return false;
    }
    while (i < text.size() && (isNameStart(text.at(i)) || text.at(i).isDigit())) {
        ++i;
    }
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return i < text.size() && text.at(i) == u'=';
}

// Where the parameters split: commas outside brackets and quotes followed by "key=".
std::vector<qsizetype> separators(QStringView inner)
{
    std::vector<qsizetype> at;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            depth = depth > 0 ? depth - 1 : 0;
        } else if (c == u',' && depth == 0 && startsWithKey(inner.mid(i + 1))) {
            at.push_back(i);
        }
    }
    return at;
}

} // namespace

std::optional<MetricIdentity> parseMetricId(const QString &text, QString &problem)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*"));
    const QString id = text.trimmed();
    const QRegularExpressionMatch name = kName.match(id);
    if (!name.hasMatch()) {
        problem = tr("expected a metric id such as \"ValueDrift(column=age,method=psi,"
                     "threshold=0.1)\", found \"%1\"")
                      .arg(id.left(80));
        return std::nullopt;
    }
    MetricIdentity identity;
    identity.name = name.captured();
    const QStringView rest = QStringView(id).mid(name.capturedLength()).trimmed();
    if (rest.isEmpty()) {
        return identity;
    }
    if (!rest.startsWith(u'(') || !rest.endsWith(u')')) {
        problem = tr("expected the parameters of %1 in parentheses, found \"%2\"")
                      .arg(identity.name, rest.left(80).toString());
        return std::nullopt;
    }
    const QStringView inner = rest.mid(1, rest.size() - 2);
    if (inner.trimmed().isEmpty()) {
        return identity;
    }
    if (!startsWithKey(inner)) {
        problem = tr("expected key=value parameters in \"%1\"").arg(id.left(80));
        return std::nullopt;
    }
    std::vector<qsizetype> cuts = separators(inner);
    cuts.push_back(inner.size());
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        const QStringView item = inner.mid(from, cut - from);
        const qsizetype equals = item.indexOf(u'=');
        identity.params.insert(item.left(equals).trimmed().toString(),
                               item.mid(equals + 1).trimmed().toString());
        from = cut + 1;
    }
    return identity;
}

} // namespace Quorum::Internal
