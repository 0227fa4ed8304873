// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/ziparchive.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Quorum {
class Identity;
}

namespace Quorum::Test {

/// An entry crafted with libarchive directly, as a hostile archive would hold it.
struct CraftedEntry
{
    QByteArray name; ///< raw bytes of the name
    QByteArray data;
    enum class Type {
        File,
        Symlink,
        Hardlink,
        Directory,
    };
    Type type = Type::File;
    QByteArray linkTarget;
};

/// Writes @p entries as a ZIP to @p path with libarchive, bypassing writeZip's checks.
void craftZip(const QString &path, const std::vector<CraftedEntry> &entries);

/// The compliance officer's signing identity (Sofia Marchetti) from the demo keys beside
/// @p databasePath. Destroy it before the application object.
Identity complianceOfficer(const QString &databasePath);

/// A model-scope audit pack (fraud-detection) of the shared demo database, exported by the
/// compliance officer with the pinned context, written once per process; its path.
QString sharedModelPack();

/// Every entry of @p zip (readZip).
std::vector<Reports::ZipEntry> packEntries(const QString &zip);

/// Writes every entry of @p zip into @p folder, making sub-folders.
void extractPack(const QString &zip, const QString &folder);

/// The entry named @p name of @p entries; fails the test when there is none.
const Reports::ZipEntry &entryNamed(const std::vector<Reports::ZipEntry> &entries,
                                    const QString &name);

} // namespace Quorum::Test
