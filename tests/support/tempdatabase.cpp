// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

TempDatabase::TempDatabase(const OpenOptions &options)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("governance.sqlite"));
    OpenOptions create = options;
    create.mode = OpenMode::CreateIfMissing;
    m_db = std::make_unique<Database>(Database::open(m_path, create));
}

Database &TempDatabase::reopen(const OpenOptions &options)
{
    m_db.reset();
    m_db = std::make_unique<Database>(Database::open(m_path, options));
    return *m_db;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace Quorum::Test
