// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importers/apply/importplan.h"
#include "importers/apply/importrequest.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Why an import job ended without its result.
struct ImportFailure
{
    enum class Kind {
        Cancelled, ///< the user cancelled; nothing was written
        Refused,   ///< the importer refused the source or the target (ImportError)
        Failed,    ///< the database or something unexpected failed; nothing was written
    };
    Kind kind = Kind::Failed;
    QString message; ///< user-facing; for Refused the importer's "file: location: problem"
    QString detail;  ///< technical, for "Show Details…"
};

/// What a preview found: the source mapped to Quorum's records, and what of it is new.
struct ImportPreview
{
    std::shared_ptr<const ImportBatch> batch; ///< what Import writes
    ImportPlan plan;
};

/// Runs the steps of File → Import… on a pool thread with a database connection of its own
/// (opened as the workbench's workers open it, widgets/backgroundwork.h): preview() reads the
/// source and plans it (loadImport + planImport), apply() writes a previewed batch
/// (applyImport). Progress reaches the GUI thread as progressed(); then exactly one of
/// previewed(), applied() or failed() follows, unless a newer run superseded it. cancel() asks
/// the work to stop at its next file or item. Destroying the job cancels the run and waits for
/// it, so work never outlives the object it reports to.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /// Reads and plans @p request against the file of @p db; previewed() or failed() follows.
    void preview(const Database &db, const ImportRequest &request);
    /// Writes @p batch into the file of @p db as @p actor; applied() or failed() follows.
    void apply(const Database &db, std::shared_ptr<const ImportBatch> batch, const Actor &actor);
    /// Asks the running work to stop; failed() with Kind::Cancelled follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// @p total is 0 while the amount of work is not known (reading the source).
    void progressed(int done, int total, const QString &step);
    void previewed(const Quorum::Ui::ImportPreview &preview);
    void applied(const Quorum::ImportPlan &plan);
    void failed(const Quorum::Ui::ImportFailure &failure);

private:
    /// What a run hands back: a preview, or the plan of what apply wrote.
    struct Outcome
    {
        std::optional<ImportPreview> preview;
        std::optional<ImportPlan> applied;
        std::optional<ImportFailure> failure;
    };
    using Progress = std::function<void(int done, int total, const QString &step)>;
    using Work = std::function<Outcome(Database &db, const Progress &progress,
                                       const std::atomic_bool *cancel)>;

    void start(const Database &db, Work work);
    void finish(const Outcome &outcome);

    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Quorum::Ui
