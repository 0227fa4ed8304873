// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace Quorum {

class Database;

/// What the demo generator needs to be deterministic: the same options give byte-for-byte
/// the same rows.
struct DemoOptions
{
    quint64 seed = 20260105;
    /// The demo's "today": the last drift window ends the Sunday before it, pending requests
    /// were submitted in the days before it.
    QDate asOf = QDate(2026, 11, 16);
    /// Where the demo people's signing keys (.p12, passphrase "quorum-demo") are written, a
    /// folder beside the database — never into it. Empty: the demo has no certificates and
    /// no signed decisions (populateDemo's default; createDemoDatabase uses demoKeyFolder()).
    /// Keys are generated once and kept in a cache ($QUORUM_DEMO_KEY_CACHE, else the user's
    /// cache folder), so later demos copy them; the signatures differ from build to build.
    QString keyFolder;
};

/// The key folder beside a demo database: "demo.sqlite" → "demo-keys".
QString demoKeyFolder(const QString &databasePath);

/// Progress of a long demo build: (steps done, steps in all). Called on the building thread.
using DemoProgress = std::function<void(int done, int total)>;

/// Fills an empty, fully migrated governance database with the demo content of SPEC §10,
/// in one write transaction. Throws DatabaseError; on failure nothing is written. Throws
/// DatabaseError (Constraint) when the database already holds models.
void populateDemo(Database &db, const DemoOptions &options = {}, const DemoProgress &progress = {});

/// How createDemoDatabase treats an existing file.
enum class DemoOverwrite {
    Refuse,  ///< an existing file is an error: nothing already stored is lost
    Replace, ///< an existing file is replaced atomically once the new one is complete
};

/// Builds a demo database at @p path, with its people's keys in @p options.keyFolder or
/// demoKeyFolder(): written to a temporary file beside it and renamed into
/// place only when complete, so a failure or an interruption never leaves half a database.
/// Throws DatabaseError (e.g. Constraint when the file exists and @p overwrite is Refuse).
void createDemoDatabase(const QString &path, DemoOverwrite overwrite,
                        const DemoOptions &options = {}, const DemoProgress &progress = {});

} // namespace Quorum
