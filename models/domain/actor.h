// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Quorum {

/// Who makes a change: a person of the database, or a named program acting on its own
/// (the demo generator, a migration, an import run by a pipeline without a person).
struct Actor
{
    std::optional<qint64> personId; ///< nullopt for a program
    QString name;                   ///< the person's printed name, or the program's name

    static Actor person(qint64 id, QString name) { return Actor{id, std::move(name)}; }
    static Actor program(QString name) { return Actor{std::nullopt, std::move(name)}; }
};

} // namespace Quorum
