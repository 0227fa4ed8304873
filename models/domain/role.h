// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Quorum {

/// A role a person holds (SPEC §1). A person may hold several.
enum class Role {
    Reviewer, ///< AI-IRB board member
    Compliance,
    Legal,
    Owner,
    MlEngineer,
    MlLead,
    Business,
    Qa,
    Admin,
};

inline constexpr std::array kAllRoles{Role::Reviewer, Role::Compliance, Role::Legal,
                                      Role::Owner,    Role::MlEngineer, Role::MlLead,
                                      Role::Business, Role::Qa,         Role::Admin};

/// Stable key as stored and typed on the command line, e.g. "ml-engineer".
QString roleKey(Role role);
/// The role for a key (case-insensitive), or nullopt.
std::optional<Role> roleFromKey(QStringView key);
/// Translated label, e.g. "AI-IRB reviewer".
QString roleLabel(Role role);

} // namespace Quorum
