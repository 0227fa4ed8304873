// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

#include <QHash>

namespace Quorum {

PersonRepository::PersonRepository(Database &db)
    : m_db(db)
{}

qint64 PersonRepository::add(WriteTransaction &transaction, const Person &person)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO people (name, email, active, created_at) "
                                "VALUES (?, ?, ?, ?)"));
    insert.bind(person.name.trimmed())
        .bind(person.email.trimmed().toLower())
        .bind(person.active ? 1 : 0)
        .bind(toDbTime(person.createdAt.isValid() ? person.createdAt
                                                  : QDateTime::currentDateTimeUtc()));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    for (Role role : person.roles) {
        Query(m_db, QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?)"))
            .bind(id)
            .bind(roleKey(role))
            .exec();
    }
    AuditTrail trail(m_db);
    trail.recordInsert(
        transaction, QStringLiteral("people"), id,
        {{QStringLiteral("roles"),
          trail.rowsImage(QStringLiteral("person_roles"), QStringLiteral("person_id"), id)}});
    return id;
}

std::optional<Person> PersonRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE p.id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional<Person>(std::move(found.front()));
}

std::optional<Person> PersonRepository::byEmail(const QString &email) const
{
    auto found = select(QStringLiteral("WHERE p.email = ?"), {email.trimmed().toLower()});
    return found.empty() ? std::nullopt : std::optional<Person>(std::move(found.front()));
}

std::vector<Person> PersonRepository::all() const
{
    return select({}, {});
}

std::vector<Person> PersonRepository::withRole(Role role) const
{
    return select(QStringLiteral("WHERE p.active = 1 AND EXISTS (SELECT 1 FROM person_roles r "
                                 "WHERE r.person_id = p.id AND r.role = ?)"),
                  {roleKey(role)});
}

std::vector<Person> PersonRepository::select(const QString &where, const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT p.id, p.name, p.email, p.active, p.created_at "
                               "FROM people p %1 ORDER BY p.name, p.id")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<Person> people;
    QHash<qint64, std::size_t> index;
    while (query.next()) {
        Person person;
        person.id = query.value(0).toLongLong();
        person.name = query.value(1).toString();
        person.email = query.value(2).toString();
        person.active = query.value(3).toInt() != 0;
        person.createdAt = fromDbTime(query.value(4));
        index.insert(person.id, people.size());
        people.push_back(std::move(person));
    }
    if (people.empty()) {
        return people;
    }
    Query roles(m_db, QStringLiteral("SELECT person_id, role FROM person_roles"));
    roles.exec();
    while (roles.next()) {
        const auto it = index.constFind(roles.value(0).toLongLong());
        const auto role = roleFromKey(roles.value(1).toString());
        if (it != index.constEnd() && role) {
            people[*it].roles.push_back(*role);
        }
    }
    for (Person &person : people) {
        std::sort(person.roles.begin(), person.roles.end());
    }
    return people;
}

} // namespace Quorum
