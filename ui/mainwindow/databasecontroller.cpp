// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecontroller.h"

#include "demo/demodatabase.h"
#include "storage/database.h"
#include "storage/databaseerror.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::DatabaseController", text);
}

/// Whether the worker builds the demo database before opening it.
enum class DemoStep {
    None,
    BuildFirst,
};

void buildDemo(QPromise<OpenOutcome> &promise, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        throw DatabaseError(DatabaseErrorKind::Io, path,
                            tr("Cannot create the folder %1 for the demo database. Check that "
                               "you can write to it.")
                                .arg(folder));
    }
    createDemoDatabase(path, DemoOverwrite::Refuse, {}, [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
    });
}

// Runs in a worker thread. The Database opened here is closed here, as Qt SQL requires.
void openInWorker(QPromise<OpenOutcome> &promise, const QString &path, OpenMode mode, DemoStep demo)
{
    OpenOutcome outcome{QFileInfo(path).absoluteFilePath(), {}, {}};
    try {
        if (demo == DemoStep::BuildFirst && !QFileInfo::exists(path)) {
            buildDemo(promise, path);
        }
        const Database db = Database::open(path, OpenOptions{.mode = mode});
        outcome.path = db.path();
    } catch (const DatabaseError &error) {
        outcome.errorMessage = error.message();
        outcome.errorDetail = error.detail();
    } catch (const std::exception &error) {
        outcome.errorMessage = tr("Quorum could not open %1 because of an unexpected error. "
                                  "Try again; if it persists, report the details.")
                                   .arg(outcome.path);
        outcome.errorDetail = QString::fromLocal8Bit(error.what());
    } catch (...) {
        outcome.errorMessage = tr("Quorum could not open %1 because of an unexpected error. "
                                  "Try again; if it persists, report it.")
                                   .arg(outcome.path);
    }
    promise.addResult(outcome);
}

} // namespace

DatabaseController::DatabaseController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<OpenOutcome>::finished, this, &DatabaseController::finish);
    connect(&m_watcher, &QFutureWatcher<OpenOutcome>::progressValueChanged, this,
            [this](int value) { Q_EMIT buildProgress(value, m_watcher.progressMaximum()); });
}

// The worker holds nothing of ours, so a running open may outlive the controller.
DatabaseController::~DatabaseController() = default;

QString DatabaseController::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

bool DatabaseController::open(const QString &path)
{
    return start(path, Job::Open);
}

bool DatabaseController::create(const QString &path)
{
    if (m_busy) {
        return false;
    }
    if (QFileInfo::exists(path)) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        Q_EMIT failed(absolute,
                      tr("%1 already exists. Quorum never overwrites a file when creating a "
                         "database: open it with File → Open, or choose another name.")
                          .arg(absolute),
                      {});
        return false;
    }
    return start(path, Job::Create);
}

bool DatabaseController::openDemo()
{
    return start(demoDatabasePath(), Job::Demo);
}

bool DatabaseController::start(const QString &path, Job job)
{
    if (m_busy) {
        return false;
    }
    m_busy = true;
    const DemoStep demo
        = job == Job::Demo && !QFileInfo::exists(path) ? DemoStep::BuildFirst : DemoStep::None;
    const OpenMode mode = job == Job::Create ? OpenMode::CreateIfMissing : OpenMode::OpenExisting;
    Q_EMIT busyStarted(QFileInfo(path).absoluteFilePath());
    if (demo == DemoStep::BuildFirst) {
        Q_EMIT demoBuildStarted(path);
    }
    m_watcher.setFuture(QtConcurrent::run(openInWorker, path, mode, demo));
    return true;
}

void DatabaseController::finish()
{
    const OpenOutcome outcome = m_watcher.result();
    m_busy = false;
    Q_EMIT busyFinished();
    if (!outcome.errorMessage.isEmpty()) {
        Q_EMIT failed(outcome.path, outcome.errorMessage, outcome.errorDetail);
        return;
    }
    // The worker has just checked and migrated the file: this connection skips the checks.
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(
            Database::open(outcome.path, OpenOptions{.check = OpenCheck::None}));
    } catch (const DatabaseError &error) {
        Q_EMIT failed(outcome.path, error.message(), error.detail());
        return;
    }
    m_db = std::move(db);
    Q_EMIT opened(m_db->path());
}

void DatabaseController::close()
{
    if (!m_db) {
        return;
    }
    m_db.reset();
    Q_EMIT closed();
}

} // namespace Quorum::Ui
