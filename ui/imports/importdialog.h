// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importers/apply/importrequest.h"
#include "imports/importjob.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

class ImportResultPanel;
class ImportSourceForm;
class ImportTargetForm;

/// File → Import…: choose a kind of source, the file or folder and the target; Preview reads
/// and plans it on a worker thread and lists what would change (New or Unchanged) with the
/// warnings; Import writes it there in one transaction, with progress and Cancel.
/// A refused source shows the importer's complete message (file, line or key path, what was
/// expected) in red. Esc cancels a running step before it closes the dialog.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// @p actor says who imports at the moment (the signing identity's person, else the
    /// workbench as a program); it is asked again when Import is pressed.
    ImportDialog(std::function<const Database *()> database, std::function<Actor()> actor,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Fills in the kind, the source and (when given) the target, as if chosen.
    void setSource(ImportKind kind, const QString &path,
                   const std::optional<VersionKey> &target = std::nullopt);
    /// Previews what the inputs would import; waits for the database's models first.
    void preview();
    /// Imports the previewed batch.
    void startImport();
    /// Stops the running step; nothing is imported.
    void cancel();
    bool isRunning() const;
    /// Cancels a running step; closes the dialog only when nothing runs.
    void reject() override;

Q_SIGNALS:
    /// The import wrote what @p plan says is New.
    void imported(const Quorum::ImportPlan &plan);
    /// A preview or an import ended (shown, written, refused or cancelled).
    void stepFinished();

private:
    enum class Step {
        Idle,
        Previewing,
        Importing,
    };

    QWidget *createSourceRows();
    QWidget *createFooter();
    void loadTargets();
    void invalidatePreview();
    void onPreviewed(const ImportPreview &preview);
    void onApplied(const ImportPlan &plan);
    void onFailed(const ImportFailure &failure);
    void setStep(Step step);
    void updateState();
    const Database *database() const;
    Actor actor() const;

    std::function<const Database *()> m_database;
    std::function<Actor()> m_actor;
    ImportJob *m_job;
    ImportSourceForm *m_source = nullptr;
    ImportTargetForm *m_target = nullptr;
    ImportResultPanel *m_results = nullptr;
    QLabel *m_actorLabel = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::optional<ImportPreview> m_preview;
    Step m_step = Step::Idle;
    bool m_previewWhenReady = false;
    bool m_done = false;
};

} // namespace Quorum::Ui
