// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreportbuilder.h"

#include <QCoreApplication>

namespace Quorum::Reports {

QString AuditScope::describe() const
{
    switch (kind) {
    case Kind::Model:
        return QCoreApplication::translate("Quorum::Reports::AuditScope", "model %1")
            .arg(modelName);
    case Kind::Version:
        return modelName + QLatin1Char(' ') + version;
    case Kind::Period:
        return QCoreApplication::translate("Quorum::Reports::AuditScope", "%1 to %2")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    return {};
}

} // namespace Quorum::Reports
