// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidemo.h"

#include "demo/demodatabase.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace Quorum::Test {

namespace {

QString sharedDemoPath()
{
    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_path;
    if (!s_dir) {
        s_dir = std::make_unique<QTemporaryDir>();
        REQUIRE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("demo.sqlite"));
        Database db = Database::open(s_path, {OpenMode::CreateIfMissing});
        populateDemo(db); // no key folder: no certificates, which is quick
    }
    return s_path;
}

} // namespace

UiDemo::UiDemo()
    : m_db(Database::open(sharedDemoPath()))
{}

qint64 UiDemo::versionId(const QString &model, const QString &version)
{
    const auto found = ModelRepository(m_db).byName(model);
    REQUIRE(found);
    const auto v = VersionRepository(m_db).find(found->id, *SemanticVersion::parse(version));
    REQUIRE(v);
    return v->id;
}

} // namespace Quorum::Test
