// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportprogress.h"
#include "reports/reportoutput.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Why a report job did not produce its output.
struct ReportFailure
{
    enum class Kind {
        Cancelled,       ///< the user cancelled; nothing was written
        WrongPassphrase, ///< the key file's passphrase is wrong: let the user retype it
        Failed,          ///< anything else; message is the core's, user-facing
    };
    Kind kind = Kind::Failed;
    QString message;
    QString detail;
};

/// The progress of a job's work: each stage of the work gets its share of one bar.
class JobProgress
{
public:
    /// The bar's range: progressed() reports done out of this.
    static constexpr int kScale = 1000;

    JobProgress(Reports::ReportProgress::Callback callback, const std::atomic_bool *cancel);

    /// The progress of stage @p index (0-based) of @p count: the stage's own steps fill its
    /// share of the bar. Cancelling makes its step() throw ReportError(Cancelled).
    Reports::ReportProgress stage(int index, int count) const;
    /// Reports the start of stage @p index of @p count doing @p what; throws
    /// ReportError(Cancelled) when cancellation was requested.
    void begin(int index, int count, const QString &what) const;

private:
    Reports::ReportProgress::Callback m_callback;
    const std::atomic_bool *m_cancel;
};

/// Runs report work (build, render, write; or verify a pack) on a pool thread, with a database
/// connection of its own when it needs one. Progress reaches the GUI thread as progressed();
/// then exactly one of succeeded() or failed() follows, unless a newer start() superseded the
/// run. cancel() asks the work to stop at its next step. Destroying the job cancels the run
/// and waits for it, so work never outlives the object it reports to.
class ReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportJob)

public:
    using Work = std::function<ReportOutput(const JobProgress &progress)>;
    using DatabaseWork = std::function<ReportOutput(Database &db, const JobProgress &progress)>;

    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override;

    /// Runs @p work; a run still going is cancelled and its outcome dropped.
    void start(Work work);
    /// Runs @p work with a connection of its own to the file of @p db, opened as the
    /// workbench's workers open it (widgets/backgroundwork.h).
    void start(const Database &db, DatabaseWork work);
    /// Asks the running work to stop; failed() with Kind::Cancelled follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(int done, int total, const QString &step);
    void succeeded(const Quorum::Ui::ReportOutput &output);
    void failed(const Quorum::Ui::ReportFailure &failure);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Quorum::Ui
