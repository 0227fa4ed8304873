// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"

namespace Quorum {

class Database;

/// A write transaction. It begins with BEGIN IMMEDIATE (taking the write lock up front),
/// retrying with back-off while another writer holds the lock; it rolls back in the
/// destructor unless commit() succeeded. Every write in Quorum goes through one, and names the
/// actor that its audit events record.
class WriteTransaction
{
public:
    /// Throws DatabaseError (Locked) when the lock cannot be had within the busy timeout.
    explicit WriteTransaction(Database &db, Actor actor = Actor::program(QStringLiteral("quorum")));
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Commits; throws DatabaseError on failure (the transaction is then rolled back).
    void commit();

    Database &database() const { return m_db; }
    const Actor &actor() const { return m_actor; }

private:
    Database &m_db;
    Actor m_actor;
    bool m_open = false;
};

} // namespace Quorum
