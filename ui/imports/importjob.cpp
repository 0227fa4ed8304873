// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "importers/apply/importapplier.h"
#include "importers/source/importerror.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "widgets/backgroundwork.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ImportJob", text);
}

ImportFailure failure(ImportFailure::Kind kind, QString message, QString detail = {})
{
    return ImportFailure{kind, std::move(message), std::move(detail)};
}

/// Calls @p work, turning every exception into a failure: a bad file must never end the
/// program, and the importer guarantees that nothing was written when it throws.
template<typename Work>
auto catchImportFailures(const Work &work) -> std::variant<decltype(work()), ImportFailure>
{
    using Kind = ImportFailure::Kind;
    try {
        return work();
    } catch (const ImportError &error) {
        if (error.kind() == ImportErrorKind::Cancelled) {
            return failure(Kind::Cancelled, error.message());
        }
        return failure(Kind::Refused, error.message());
    } catch (const DatabaseError &error) {
        return failure(Kind::Failed, error.message(), error.detail());
    } catch (const std::exception &error) {
        return failure(Kind::Failed,
                       tr("The import failed unexpectedly; nothing was imported. Try again; if "
                          "it persists, report the details."),
                       QString::fromLocal8Bit(error.what()));
    } catch (...) {
        return failure(Kind::Failed,
                       tr("The import failed unexpectedly; nothing was imported. "
                          "Try again; if it persists, report it."));
    }
}

} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{}

ImportJob::~ImportJob()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    // Superseded runs were cancelled already; wait for every one still going.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>()) {
        watcher->waitForFinished();
    }
}

void ImportJob::preview(const Database &db, const ImportRequest &request)
{
    start(db,
          [request](Database &worker, const Progress &progress, const std::atomic_bool *cancel) {
              progress(0, 0, tr("Reading %1…").arg(request.path));
              auto batch = std::make_shared<const ImportBatch>(
                  loadImport(worker, request, cancel, [&progress](const QString &what) {
                      progress(0, 0, tr("Reading %1…").arg(what));
                  }));
              if (cancel->load()) {
                  throw ImportError(ImportErrorKind::Cancelled, request.path, {},
                                    tr("the import was cancelled; nothing was imported"));
              }
              progress(0, 0, tr("Comparing with the database…"));
              ImportPlan plan = planImport(worker, *batch);
              return Outcome{ImportPreview{std::move(batch), std::move(plan)}, {}, {}};
          });
}

void ImportJob::apply(const Database &db, std::shared_ptr<const ImportBatch> batch,
                      const Actor &actor)
{
    start(db,
          [batch = std::move(batch), actor](Database &worker, const Progress &progress,
                                            const std::atomic_bool *cancel) {
              progress(0, 0, tr("Importing…"));
              ImportProgress importProgress;
              importProgress.cancel = cancel;
              importProgress.report = [&progress](int done, int total) {
                  progress(done, total, tr("Importing %1 of %2…").arg(done).arg(total));
              };
              ImportPlan plan = applyImport(worker, *batch, actor, importProgress);
              return Outcome{{}, std::move(plan), {}};
          });
}

void ImportJob::start(const Database &db, Work work)
{
    if (m_cancel) {
        m_cancel->store(true); // the superseded run stops; its outcome is dropped
    }
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    Progress progress = [this, generation](int done, int total, const QString &step) {
        // On the worker: the job outlives it (its destructor waits), the GUI gets a copy.
        QMetaObject::invokeMethod(
            this,
            [this, generation, done, total, step] {
                if (generation == m_generation && m_running) {
                    Q_EMIT progressed(done, total, step);
                }
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation) {
            finish(outcome);
        }
    });
    const QString path = db.path();
    const OpenOptions options = workerOpenOptions(db);
    watcher->setFuture(
        QtConcurrent::run([path, options, work = std::move(work), progress = std::move(progress),
                           cancel = m_cancel]() -> Outcome {
            auto outcome = catchImportFailures([&]() -> Outcome {
                Database worker = Database::open(path, options);
                return work(worker, progress, cancel.get());
            });
            if (auto *failed = std::get_if<ImportFailure>(&outcome)) {
                return Outcome{{}, {}, std::move(*failed)};
            }
            return std::get<Outcome>(std::move(outcome));
        }));
}

void ImportJob::finish(const Outcome &outcome)
{
    m_running = false;
    if (outcome.preview) {
        Q_EMIT previewed(*outcome.preview);
    } else if (outcome.applied) {
        Q_EMIT applied(*outcome.applied);
    } else {
        Q_EMIT failed(outcome.failure.value_or(ImportFailure{}));
    }
}

void ImportJob::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

} // namespace Quorum::Ui
