// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/approvalservice.h"
#include "widgets/backgroundwork.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Signs one decision off the GUI thread: on a worker with its own connection to the database
/// it opens the key file with the passphrase (Identity::load) and calls
/// ApprovalService::decide(), which checks the rules, signs and records. One signing at a time.
class DecisionSigner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionSigner)

public:
    explicit DecisionSigner(QObject *parent = nullptr);

    /// Starts signing @p input with the key in @p keyPath; decided() or failed() follows.
    /// Returns false (and does nothing) while a signing is under way.
    bool sign(const Database &db, const QString &keyPath, const QString &passphrase,
              const DecisionInput &input);
    bool isBusy() const { return m_busy; }

    /// Called on the worker thread just before the key is opened (tests check where signing
    /// runs with it).
    void setWorkerProbe(std::function<void()> probe) { m_probe = std::move(probe); }

Q_SIGNALS:
    void decided(const Quorum::DecisionOutcome &outcome);
    /// Nothing was recorded. A wrong passphrase says so (WorkFailure::isWrongPassphrase()).
    void failed(const Quorum::Ui::WorkFailure &failure);

private:
    std::function<void()> m_probe;
    bool m_busy = false;
};

} // namespace Quorum::Ui
