// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include <algorithm>

namespace Quorum {

bool Policy::allowsWaiverBy(Role role) const
{
    return std::find(waiverRoles.begin(), waiverRoles.end(), role) != waiverRoles.end();
}

} // namespace Quorum
