// SPDX-License-Identifier: GPL-3.0-or-later
#include "packtestsupport.h"

#include "builders/auditreportbuilder.h"
#include "crypto/identity.h"
#include "demo/demodatabase.h"
#include "demo/demokeys.h"
#include "document/reportprogress.h"
#include "pack/auditpackwriter.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Quorum::Test {

void craftZip(const QString &path, const std::vector<CraftedEntry> &entries)
{
    archive *zip = archive_write_new();
    REQUIRE(archive_write_set_format_zip(zip) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(zip, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const CraftedEntry &crafted : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, crafted.name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1'700'000'000, 0);
        switch (crafted.type) {
        case CraftedEntry::Type::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, crafted.data.size());
            break;
        case CraftedEntry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, crafted.linkTarget.constData());
            break;
        case CraftedEntry::Type::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, crafted.linkTarget.constData());
            break;
        case CraftedEntry::Type::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            break;
        }
        REQUIRE(archive_write_header(zip, entry) == ARCHIVE_OK);
        if (crafted.type == CraftedEntry::Type::File && !crafted.data.isEmpty()) {
            REQUIRE(archive_write_data(zip, crafted.data.constData(),
                                       static_cast<size_t>(crafted.data.size()))
                    == crafted.data.size());
        }
        archive_entry_free(entry);
    }
    REQUIRE(archive_write_close(zip) == ARCHIVE_OK);
    archive_write_free(zip);
}

Identity complianceOfficer(const QString &databasePath)
{
    return Identity::load(
        QDir(demoKeyFolder(databasePath)).filePath(QStringLiteral("sofia.marchetti.p12")),
        Demo::demoPassphrase());
}

QString sharedModelPack()
{
    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_path;
    if (!s_dir) {
        auto dir = std::make_unique<QTemporaryDir>();
        REQUIRE(dir->isValid());
        const QString path = dir->filePath(QStringLiteral("audit-pack.zip"));
        Database db = openReportDemo();
        const Identity exporter = complianceOfficer(sharedDemoPath());
        Reports::AuditScope scope;
        scope.kind = Reports::AuditScope::Kind::Model;
        scope.modelName = QStringLiteral("fraud-detection");
        Reports::writeAuditPack(db, scope, exporter, path, pinnedContext(), {});
        s_dir = std::move(dir);
        s_path = path;
    }
    return s_path;
}

std::vector<Reports::ZipEntry> packEntries(const QString &zip)
{
    return Reports::readZip(zip);
}

void extractPack(const QString &zip, const QString &folder)
{
    for (const Reports::ZipEntry &entry : packEntries(zip)) {
        const QString path = QDir(folder).filePath(entry.path);
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(entry.data) == entry.data.size());
    }
}

const Reports::ZipEntry &entryNamed(const std::vector<Reports::ZipEntry> &entries,
                                    const QString &name)
{
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const Reports::ZipEntry &e) { return e.path == name; });
    INFO("entry " << name.toStdString());
    REQUIRE(it != entries.end());
    return *it;
}

} // namespace Quorum::Test
