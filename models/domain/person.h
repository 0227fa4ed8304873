// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Quorum {

/// A person who owns models, submits releases or decides on them (SPEC §2).
struct Person
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString email;
    std::vector<Role> roles;
    bool active = true;
    QDateTime createdAt; ///< UTC

    bool hasRole(Role role) const;
};

} // namespace Quorum
