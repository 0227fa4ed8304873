// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

#include <QCoreApplication>

namespace Quorum {

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Development:
        return QStringLiteral("development");
    case Stage::Staging:
        return QStringLiteral("staging");
    case Stage::Approved:
        return QStringLiteral("approved");
    case Stage::Production:
        return QStringLiteral("production");
    case Stage::Deprecated:
        return QStringLiteral("deprecated");
    case Stage::Archived:
        return QStringLiteral("archived");
    case Stage::Rejected:
        return QStringLiteral("rejected");
    case Stage::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<Stage> stageFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (Stage stage : kAllStages) {
        if (stageKey(stage) == k) {
            return stage;
        }
    }
    return std::nullopt;
}

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Development:
        return QCoreApplication::translate("Quorum::Stage", "Development");
    case Stage::Staging:
        return QCoreApplication::translate("Quorum::Stage", "Staging");
    case Stage::Approved:
        return QCoreApplication::translate("Quorum::Stage", "Approved");
    case Stage::Production:
        return QCoreApplication::translate("Quorum::Stage", "Production");
    case Stage::Deprecated:
        return QCoreApplication::translate("Quorum::Stage", "Deprecated");
    case Stage::Archived:
        return QCoreApplication::translate("Quorum::Stage", "Archived");
    case Stage::Rejected:
        return QCoreApplication::translate("Quorum::Stage", "Rejected");
    case Stage::Retired:
        return QCoreApplication::translate("Quorum::Stage", "Retired");
    }
    return {};
}

} // namespace Quorum
