// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class QProgressBar;

namespace Quorum::Ui {

struct AuditVerification;

/// The result of verifying the audit trail: one line that says whether it holds, and each
/// problem naming the event seq or decision id and why. Activating a problem asks to show its
/// event (eventChosen()).
class VerificationPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPanel)

public:
    explicit VerificationPanel(QWidget *parent = nullptr);

    void showRunning();
    void showResult(const AuditVerification &result);
    void showFailure(const QString &message);
    /// The summary line shown.
    QString summary() const;

Q_SIGNALS:
    void eventChosen(qint64 seq);

private:
    QLabel *m_summary;
    QProgressBar *m_busy;
    QListWidget *m_problems;
};

} // namespace Quorum::Ui
