// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrequest.h"

#include <QStringList>

namespace Quorum::Ui {

namespace {

// Keeps a file name portable: letters, digits, '.', '-' and '_'; anything else becomes '-'.
QString fileSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const bool plain = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        safe += plain ? c : QLatin1Char('-');
    }
    return safe;
}

} // namespace

QString ReportRequest::defaultFileName() const
{
    QStringList parts{reportKindSlug(kind)};
    if (kind == ReportKind::AuditPack) {
        switch (auditScope.kind) {
        case Reports::AuditScope::Kind::Model:
            parts << auditScope.modelName;
            break;
        case Reports::AuditScope::Kind::Version:
            parts << auditScope.modelName << auditScope.version;
            break;
        case Reports::AuditScope::Kind::Period:
            parts << auditScope.from.toString(Qt::ISODate) << auditScope.to.toString(Qt::ISODate);
            break;
        }
    } else if (kind != ReportKind::ReleaseLog) {
        parts << modelName << version;
    }
    parts.removeAll(QString());
    for (QString &part : parts) {
        part = fileSafe(part);
    }
    return parts.join(QLatin1Char('_')) + QLatin1Char('.') + exportFormatSuffix(format);
}

QString ReportRequest::describe() const
{
    if (kind == ReportKind::AuditPack) {
        return auditScope.describe();
    }
    if (kind == ReportKind::ReleaseLog) {
        return {};
    }
    return modelName + QLatin1Char(' ') + version;
}

} // namespace Quorum::Ui
