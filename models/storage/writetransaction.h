// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Quorum {

class Database;

/// A write transaction. It begins with BEGIN IMMEDIATE (taking the write lock up front),
/// retrying with back-off while another writer holds the lock; it rolls back in the
/// destructor unless commit() succeeded. Every write in Quorum goes through one.
class WriteTransaction
{
public:
    /// Throws DatabaseError (Locked) when the lock cannot be had within the busy timeout.
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Commits; throws DatabaseError on failure (the transaction is then rolled back).
    void commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Quorum
