// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// People and their roles.
class PersonRepository
{
public:
    explicit PersonRepository(Database &db);

    /// Stores @p person with its roles and returns the new id. Throws DatabaseError
    /// (Constraint) when the e-mail address is already taken.
    qint64 add(WriteTransaction &transaction, const Person &person);

    std::optional<Person> byId(qint64 id) const;
    std::optional<Person> byEmail(const QString &email) const;
    /// Everyone, ordered by name.
    std::vector<Person> all() const;
    /// Active people who hold @p role, ordered by name.
    std::vector<Person> withRole(Role role) const;

private:
    std::vector<Person> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
