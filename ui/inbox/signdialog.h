// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/inbox.h"
#include "widgets/backgroundwork.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Quorum {
class Database;
struct DecisionOutcome;
} // namespace Quorum

namespace Quorum::Ui {

class DecisionSigner;

/// Decides one inbox request: the verdict (only those open to the signer), the rationale
/// (always required), conditions or a waiver's expiry where the verdict needs them, and the key
/// file's passphrase, under a plain statement of what the signature means. Sign stays disabled
/// until everything needed is given. Signing runs on a worker (DecisionSigner) behind a busy
/// indicator; the outcome, or the refusal, shows in the dialog. A wrong passphrase can be
/// retyped without losing anything else.
class SignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignDialog)

public:
    SignDialog(InboxItem item, QString keyPath, std::function<const Database *()> database,
               QWidget *parent = nullptr);

    /// The verdict chosen, if any.
    std::optional<Verdict> verdict() const;
    void setVerdict(Verdict verdict);
    /// Whether every required field is given (what enables Sign).
    bool isComplete() const;
    /// Signs when complete and not busy.
    void sign();

    void reject() override;

Q_SIGNALS:
    /// The decision is recorded.
    void decided(const Quorum::DecisionOutcome &outcome);

private:
    void createForm();
    QWidget *createFooter();
    void addVerdicts();
    void updateState();
    void setBusy(bool busy);
    void onDecided(const DecisionOutcome &outcome);
    void onFailed(const WorkFailure &failure);
    DecisionInput input() const;

    InboxItem m_item;
    QString m_keyPath;
    std::function<const Database *()> m_database;
    DecisionSigner *m_signer;
    QFormLayout *m_form = nullptr;
    QComboBox *m_verdict = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QDateEdit *m_waiverUntil = nullptr;
    QLabel *m_statement = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_close = nullptr;
    bool m_done = false;
};

} // namespace Quorum::Ui
