// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

namespace Quorum {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Compliance:
        return QStringLiteral("compliance");
    case Role::Legal:
        return QStringLiteral("legal");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::MlEngineer:
        return QStringLiteral("ml-engineer");
    case Role::MlLead:
        return QStringLiteral("ml-lead");
    case Role::Business:
        return QStringLiteral("business");
    case Role::Qa:
        return QStringLiteral("qa");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (Role role : kAllRoles) {
        if (roleKey(role) == k) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QCoreApplication::translate("Quorum::Role", "AI-IRB reviewer");
    case Role::Compliance:
        return QCoreApplication::translate("Quorum::Role", "Compliance officer");
    case Role::Legal:
        return QCoreApplication::translate("Quorum::Role", "Legal");
    case Role::Owner:
        return QCoreApplication::translate("Quorum::Role", "Model owner");
    case Role::MlEngineer:
        return QCoreApplication::translate("Quorum::Role", "ML engineer");
    case Role::MlLead:
        return QCoreApplication::translate("Quorum::Role", "ML lead");
    case Role::Business:
        return QCoreApplication::translate("Quorum::Role", "Business stakeholder");
    case Role::Qa:
        return QCoreApplication::translate("Quorum::Role", "QA tester");
    case Role::Admin:
        return QCoreApplication::translate("Quorum::Role", "Administrator");
    }
    return {};
}

} // namespace Quorum
