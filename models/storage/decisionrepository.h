// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/decision.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Signed decisions. They are append-only: the schema refuses UPDATE and DELETE.
class DecisionRepository
{
public:
    explicit DecisionRepository(Database &db);

    /// Stores @p decision (statement, signature and all) and returns its id. Throws
    /// DatabaseError (Constraint) when the person already decided this request in that role.
    qint64 add(WriteTransaction &transaction, const Decision &decision);
    std::optional<Decision> byId(qint64 id) const;
    /// The request's decisions in the order they were made.
    std::vector<Decision> forRequest(qint64 requestId) const;
    /// Every decision, oldest first (for verification).
    std::vector<Decision> all() const;

private:
    std::vector<Decision> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
