// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "democontext.h"
#include "demosteps.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/modelrepository.h"
#include "storage/writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Demo", text);
}

using Step = void (*)(Demo::DemoContext &);
constexpr std::array<Step, 11> kSteps{
    Demo::addPeople,          Demo::addCertificates, Demo::addModelsAndVersions,
    Demo::addEvaluations,     Demo::addFairness,     Demo::addDrift,
    Demo::addRiskAssessments, Demo::addModelCards,   Demo::addReleaseRequests,
    Demo::addDecisions,       Demo::addAlerts};

const QStringList &sideFileSuffixes()
{
    static const QStringList s_suffixes{QStringLiteral("-journal"), QStringLiteral("-wal"),
                                        QStringLiteral("-shm")};
    return s_suffixes;
}

void removeSideFiles(const QString &path)
{
    for (const QString &suffix : sideFileSuffixes()) {
        QFile::remove(path + suffix);
    }
}

// A journal or WAL beside the target means a program has it open (or crashed while writing):
// replacing the file under it would pair the new database with the old journal.
void refuseIfInUse(const QString &path)
{
    for (const QString &suffix : sideFileSuffixes()) {
        if (QFileInfo::exists(path + suffix)) {
            throw DatabaseError(
                DatabaseErrorKind::Locked, path,
                tr("%1 cannot be replaced: it seems to be open in another program (%2 exists). "
                   "Close Quorum or quorumctl using it and try again, or choose another path.")
                    .arg(path, QFileInfo(path + suffix).fileName()));
        }
    }
}

void checkTarget(const QString &path, DemoOverwrite overwrite)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return;
    }
    if (info.isDir()) {
        throw DatabaseError(
            DatabaseErrorKind::Io, path,
            tr("%1 is a folder. Choose a file name for the demo database.").arg(path));
    }
    if (overwrite == DemoOverwrite::Refuse) {
        throw DatabaseError(DatabaseErrorKind::Constraint, path,
                            tr("%1 already exists and was left untouched. Choose another path, or "
                               "ask explicitly to replace it with the demo database.")
                                .arg(path));
    }
    refuseIfInUse(path);
}

// A new name beside the target, so the rename into place stays on one file system and is
// atomic. SQLite creates the file itself, with the usual permissions (a QTemporaryFile would
// be readable by its owner only, which does not suit a shared governance database).
QString temporaryPath(const QString &target)
{
    const QFileInfo info(target);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        throw DatabaseError(DatabaseErrorKind::Io, target,
                            tr("Cannot create the demo database %1: the folder %2 does not "
                               "exist.")
                                .arg(target, info.absolutePath()));
    }
    if (!folder.isWritable()) {
        throw DatabaseError(DatabaseErrorKind::ReadOnly, target,
                            tr("Cannot create the demo database %1: the folder %2 is read-only. "
                               "Choose a folder you can write to.")
                                .arg(target, info.absolutePath()));
    }
    static QAtomicInteger<quint32> s_counter;
    for (;;) {
        const QString candidate
            = info.absoluteDir().filePath(QStringLiteral(".%1.demo-%2-%3.tmp")
                                              .arg(info.fileName())
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(s_counter.fetchAndAddRelaxed(1)));
        if (!QFileInfo::exists(candidate)
            && !QFileInfo::exists(candidate + QStringLiteral("-journal"))) {
            return candidate;
        }
    }
}

bool replaceFile(const QString &from, const QString &to, QString &error)
{
#ifdef Q_OS_WIN
    const bool ok = MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()),
                                reinterpret_cast<const wchar_t *>(to.utf16()),
                                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    if (!ok) {
        error = QStringLiteral("MoveFileEx failed with error %1").arg(GetLastError());
    }
    return ok;
#else
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#endif
}

void moveIntoPlace(const QString &temp, const QString &target, DemoOverwrite overwrite)
{
    QString error;
    bool moved = false;
    if (overwrite == DemoOverwrite::Refuse) {
        // QFile::rename never replaces an existing file, even one created meanwhile.
        QFile file(temp);
        moved = file.rename(target);
        error = file.errorString();
    } else {
        moved = replaceFile(temp, target, error);
    }
    if (!moved) {
        throw DatabaseError(DatabaseErrorKind::Io, target,
                            tr("The demo database could not be moved into place as %1. Nothing "
                               "was changed; check the folder's permissions and free space.")
                                .arg(target),
                            error);
    }
}

} // namespace

void populateDemo(Database &db, const DemoOptions &options, const DemoProgress &progress)
{
    if (!options.asOf.isValid()) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("The demo database needs a valid date to build its timeline."));
    }
    // Every change is stamped with the demo's own "now", so the same options give the same
    // audit trail; the wall clock is restored however this ends.
    db.setClock([asOf = options.asOf] { return QDateTime(asOf, QTime(6, 0), Qt::UTC); });
    const auto restoreClock = qScopeGuard([&db] { db.setClock({}); });
    WriteTransaction transaction(db, Actor::program(QStringLiteral("quorum demo")));
    if (ModelRepository(db).count() > 0) {
        throw DatabaseError(DatabaseErrorKind::Constraint, db.path(),
                            tr("The governance database %1 already holds models, so no demo "
                               "content was added. Create the demo database in a new file "
                               "instead.")
                                .arg(db.path()));
    }
    Demo::DemoContext context{db, transaction, options.seed,      options.asOf,
                              {}, {},          options.keyFolder, {}};
    const int total = int(kSteps.size()) + 1;
    if (progress) {
        progress(0, total);
    }
    try {
        for (std::size_t i = 0; i < kSteps.size(); ++i) {
            kSteps[i](context);
            if (progress) {
                progress(int(i) + 1, total);
            }
        }
    } catch (const std::logic_error &error) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("The demo content is inconsistent; nothing was written."),
                            QString::fromUtf8(error.what()));
    }
    transaction.commit();
    if (progress) {
        progress(total, total);
    }
}

QString demoKeyFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-keys"));
}

void createDemoDatabase(const QString &path, DemoOverwrite overwrite, const DemoOptions &options,
                        const DemoProgress &progress)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    checkTarget(target, overwrite);
    const QString temp = temporaryPath(target);
    try {
        {
            // The rollback journal leaves no -wal file behind: the closed file is complete.
            OpenOptions open;
            open.mode = OpenMode::CreateIfMissing;
            open.journal = JournalPolicy::ForceRollback;
            Database db = Database::open(temp, open);
            DemoOptions signedOptions = options;
            if (signedOptions.keyFolder.isEmpty()) {
                signedOptions.keyFolder = demoKeyFolder(target);
            }
            populateDemo(db, signedOptions, progress);
        }
        removeSideFiles(temp);
        moveIntoPlace(temp, target, overwrite);
    } catch (...) {
        QFile::remove(temp);
        removeSideFiles(temp);
        throw;
    }
}

} // namespace Quorum
