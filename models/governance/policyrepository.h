// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy.h"

#include <optional>

namespace Quorum {

class Database;

/// Reads the versioned policies of the risk tiers.
class PolicyRepository
{
public:
    explicit PolicyRepository(Database &db);

    /// The newest policy version of @p tier. Throws DatabaseError when the tier has none or its
    /// stored JSON is malformed (the message names the policy and the field).
    Policy current(int tier) const;
    /// The policy with @p id (e.g. the one a request was judged under), or nullopt.
    std::optional<Policy> byId(qint64 id) const;

private:
    Database &m_db;
};

} // namespace Quorum
