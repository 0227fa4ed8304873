// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

/// Version compare: a candidate beside a baseline (by default the version in production) —
/// metric deltas with the > 1 % regression rule highlighted, fairness per group, drift status
/// and model-card changes. Reads on a worker; non-modal, so a reviewer can keep it open beside
/// the inbox.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    /// Compares version @p candidateId with @p baselineId, or with its model's version in
    /// production when @p baselineId is 0, in @p db's file.
    CompareDialog(const Database &db, qint64 candidateId, qint64 baselineId,
                  QWidget *parent = nullptr);

Q_SIGNALS:
    /// The comparison is read and shown (or that there is nothing to compare).
    void loaded();
    void readFailed(const QString &message, const QString &detail);
};

} // namespace Quorum::Ui
