// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include <algorithm>

namespace Quorum {

bool Person::hasRole(Role role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

} // namespace Quorum
