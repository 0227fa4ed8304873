// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include "crypto/cryptoerror.h"
#include "document/reporterror.h"
#include "storage/databaseerror.h"
#include "widgets/backgroundwork.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <variant>

namespace Quorum::Ui {

namespace {

using Outcome = std::variant<ReportOutput, ReportFailure>;

Outcome runCatching(const ReportJob::Work &work, const JobProgress &progress)
{
    using Kind = ReportFailure::Kind;
    try {
        return work(progress);
    } catch (const Reports::ReportError &error) {
        const bool cancelled = error.kind() == Reports::ReportError::Kind::Cancelled;
        return ReportFailure{cancelled ? Kind::Cancelled : Kind::Failed, error.message(), {}};
    } catch (const CryptoError &error) {
        const bool wrong = error.kind() == CryptoErrorKind::WrongPassphrase;
        return ReportFailure{wrong ? Kind::WrongPassphrase : Kind::Failed, error.message(),
                             error.detail()};
    } catch (const DatabaseError &error) {
        return ReportFailure{Kind::Failed, error.message(), error.detail()};
    } catch (const std::exception &error) {
        return ReportFailure{
            Kind::Failed,
            QCoreApplication::translate("Quorum::Ui::ReportJob",
                                        "The report could not be made. Try again; if it persists, "
                                        "report the details."),
            QString::fromLocal8Bit(error.what())};
    }
}

} // namespace

JobProgress::JobProgress(Reports::ReportProgress::Callback callback, const std::atomic_bool *cancel)
    : m_callback(std::move(callback))
    , m_cancel(cancel)
{}

Reports::ReportProgress JobProgress::stage(int index, int count) const
{
    const int from = kScale * index / count;
    const int span = kScale / count;
    return Reports::ReportProgress(
        [callback = m_callback, from, span](int done, int total, const QString &step) {
            const int share = total > 0 ? static_cast<int>(qint64{span} * done / total) : 0;
            callback(from + std::min(share, span), kScale, step);
        },
        m_cancel);
}

void JobProgress::begin(int index, int count, const QString &what) const
{
    Reports::ReportProgress(m_callback, m_cancel).step(kScale * index / count, kScale, what);
}

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{}

ReportJob::~ReportJob()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    // Older runs were cancelled when they were superseded; wait for every one still going.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>()) {
        watcher->waitForFinished();
    }
}

void ReportJob::start(Work work)
{
    if (m_cancel) {
        m_cancel->store(true); // the superseded run stops; its outcome is dropped
    }
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    auto callback = [this, generation](int done, int total, const QString &step) {
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
        if (generation != m_generation) {
            return;
        }
        m_running = false;
        if (const auto *output = std::get_if<ReportOutput>(&outcome)) {
            Q_EMIT succeeded(*output);
        } else {
            Q_EMIT failed(std::get<ReportFailure>(outcome));
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work), callback = std::move(callback), cancel = m_cancel]() -> Outcome {
            return runCatching(work, JobProgress(callback, cancel.get()));
        }));
}

void ReportJob::start(const Database &db, DatabaseWork work)
{
    const QString path = db.path();
    const OpenOptions options = workerOpenOptions(db);
    start([path, options, work = std::move(work)](const JobProgress &progress) {
        Database worker = Database::open(path, options);
        return work(worker, progress);
    });
}

void ReportJob::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

} // namespace Quorum::Ui
