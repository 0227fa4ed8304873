// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionsigner.h"

#include "crypto/identity.h"

namespace Quorum::Ui {

DecisionSigner::DecisionSigner(QObject *parent)
    : QObject(parent)
{}

bool DecisionSigner::sign(const Database &db, const QString &keyPath, const QString &passphrase,
                          const DecisionInput &input)
{
    if (m_busy) {
        return false;
    }
    m_busy = true;
    runWithDatabase<DecisionOutcome>(
        this, db,
        [keyPath, passphrase, input, probe = m_probe](Database &worker) {
            if (probe) {
                probe();
            }
            // The key lives on this thread only, and only while it signs.
            const Identity identity = Identity::load(keyPath, passphrase);
            return ApprovalService(worker).decide(input, identity);
        },
        [this](DecisionOutcome outcome) {
            m_busy = false;
            Q_EMIT decided(outcome);
        },
        [this](const WorkFailure &failure) {
            m_busy = false;
            Q_EMIT failed(failure);
        });
    return true;
}

} // namespace Quorum::Ui
