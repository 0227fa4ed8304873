// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/modelversion.h"
#include "domain/person.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Starts the retirement of a model (SPEC §3.7): the version to retire (the one in production
/// by default), the reason (required), an optional replacement model and the archive location.
/// ReleaseService::retire() runs on a worker thread as @p owner; the new request's id, or why
/// it was refused, shows in the dialog.
class RetirementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetirementDialog)

public:
    RetirementDialog(Model model, const std::vector<ModelVersion> &versions, Person owner,
                     std::function<const Database *()> database, QWidget *parent = nullptr);

    /// Starts the retirement when the reason is given.
    void start();
    void reject() override;

Q_SIGNALS:
    /// The retirement request @p requestId was created.
    void started(qint64 requestId);

private:
    QWidget *createFooter();
    void loadModels();
    void updateState();
    void setBusy(bool busy);

    Model m_model;
    Person m_owner;
    std::function<const Database *()> m_database;
    QComboBox *m_version = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_replacement = nullptr;
    QLineEdit *m_archive = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_close = nullptr;
    bool m_working = false;
    bool m_done = false;
};

} // namespace Quorum::Ui
