// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "importers/apply/importrequest.h"
#include "reports/reportscopemodels.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QRadioButton;

namespace Quorum::Ui {

/// What an import can be aimed at: the database's models with their versions, and its people
/// (owners of models an MLflow import creates).
struct ImportTargets
{
    std::vector<ScopeModel> models;
    std::vector<Person> people;
};

/// Reads the targets on the caller's (a worker's) thread; throws DatabaseError.
ImportTargets readImportTargets(Database &db);

/// The "Target" part of File → Import…: the model and version the evidence is for; for an
/// MLflow store whether its registered models or one run is imported, with the experiment,
/// run, owner and tier of new models; for an Evidently report the window it covers.
class ImportTargetForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTargetForm)

public:
    explicit ImportTargetForm(QWidget *parent = nullptr);

    /// Shows the rows @p kind uses.
    void setKind(ImportKind kind);
    /// Fills the model, version and owner choices; a target chosen with selectTarget() before
    /// is selected now.
    void setTargets(ImportTargets targets);
    bool hasTargets() const { return m_loaded; }
    /// Selects model @p key.model and version @p key.version (typed, for an MLflow run).
    void selectTarget(const VersionKey &key);

    /// The chosen version, nullopt when none is (or, for an MLflow registry import, needed).
    std::optional<VersionKey> target() const;
    /// Whether the rows say everything the import needs (a target, unless MLflow's registry).
    bool isComplete() const;
    /// Puts the target, the MLflow options and the Evidently window into @p request.
    void fillRequest(ImportRequest &request) const;

Q_SIGNALS:
    void changed();

private:
    void createRows();
    QWidget *createMlflowMode();
    QWidget *createWindowRow();
    void fillVersions();
    void updateRows();
    bool importsOneRun() const;

    ImportKind m_kind = ImportKind::Evaluation;
    ImportTargets m_targets;
    bool m_loaded = false;
    std::optional<VersionKey> m_pending;
    QFormLayout *m_form = nullptr;
    QRadioButton *m_registry = nullptr;
    QRadioButton *m_oneRun = nullptr;
    QWidget *m_mlflowMode = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_experiment = nullptr;
    QLineEdit *m_runId = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_reportDate = nullptr;
    QDateEdit *m_windowStart = nullptr;
    QDateEdit *m_windowEnd = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace Quorum::Ui
