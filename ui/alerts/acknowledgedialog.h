// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "oversight/alert.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Acknowledges one monitoring alert: shows its facts (model, version, trigger, what crossed
/// which threshold, window, raised), asks for the required comment and names who acknowledges.
/// AlertRepository::acknowledge() runs on a worker thread as @p person; a refusal (someone
/// acknowledged it meanwhile) shows in the dialog, which stays open.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    AcknowledgeDialog(Alert alert, Person person, std::function<const Database *()> database,
                      QWidget *parent = nullptr);

    /// Writes the acknowledgement when a comment is given.
    void confirm();
    void reject() override;

Q_SIGNALS:
    /// The alert is acknowledged; @p alert is as stored now.
    void acknowledged(const Quorum::Alert &alert);
    /// Acknowledging was refused or failed: the list may be out of date.
    void failed();

private:
    QWidget *createFacts();
    QWidget *createFooter();
    void updateState();
    void setBusy(bool busy);

    Alert m_alert;
    Person m_person;
    std::function<const Database *()> m_database;
    QPlainTextEdit *m_comment = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_working = false;
};

} // namespace Quorum::Ui
