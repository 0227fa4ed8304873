// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerror.h"

#include <QStringList>

namespace Quorum {

namespace {

QString joined(const QString &file, const QString &location, const QString &problem)
{
    QStringList parts;
    for (const QString &part : {file, location, problem}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(": "));
}

} // namespace

ImportError::ImportError(ImportErrorKind kind, QString file, QString location, QString problem)
    : m_kind(kind)
    , m_file(std::move(file))
    , m_location(std::move(location))
    , m_problem(std::move(problem))
    , m_message(joined(m_file, m_location, m_problem))
    , m_what(m_message.toUtf8())
{}

ImportError ImportError::inFile(const QString &file) const
{
    return ImportError(m_kind, file, m_location, m_problem);
}

ImportError ImportError::atPrefix(const QString &prefix) const
{
    if (m_location.isEmpty()) {
        return ImportError(m_kind, m_file, prefix, m_problem);
    }
    const bool indexed = m_location.startsWith(QLatin1Char('['));
    const QString separator = prefix.isEmpty() || indexed ? QString() : QStringLiteral(".");
    return ImportError(m_kind, m_file, prefix + separator + m_location, m_problem);
}

} // namespace Quorum
