// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demodatabase.h"
#include "storage/database.h"

#include <QString>
#include <QVariant>

#include <catch2/catch_tostring.hpp>

#include <vector>

template<>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};

namespace Quorum::Test {

/// A demo database built once per test run with the default options, opened afresh for each
/// test. Tests only read it.
Database openSharedDemo();

/// Every row of every table, ordered by table name and rowid, as text: two databases with the
/// same dump hold the same content.
QString dumpAllTables(const Database &db);

/// The rows of @p sql (positional "?" bound from @p values), each as a list of column values.
std::vector<QVariantList> rows(const Database &db, const QString &sql,
                               const QVariantList &values = {});

} // namespace Quorum::Test
