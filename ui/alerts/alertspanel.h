// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class SigningIdentity;

/// The active monitoring alerts (SPEC §2 tier thresholds, §3 step 6): what crossed which
/// threshold, for which model and version, when; "Acknowledge…" (with a comment, audited) for
/// the selected alert. Shown on the home dashboard (all models) and on a model's Overview tab
/// (one model).
class AlertsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    explicit AlertsPanel(QWidget *parent = nullptr);

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Who acknowledges (the audit event names them).
    void setSigningIdentity(SigningIdentity *identity);
    /// Shows only model @p modelId's alerts; nullopt for every model.
    void setModelFilter(std::optional<qint64> modelId);
    /// Reads the alerts on a worker; loaded() or readFailed() follows. Keeps the selection.
    void reload();
    /// Shows nothing (no database is open).
    void clear();
    /// The number of active (unacknowledged) alerts shown after the last load.
    int activeCount() const;

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// An alert was acknowledged from this panel.
    void acknowledged(qint64 alertId);
    /// The user asked to open model @p modelId (double-click or Enter on an alert).
    void modelActivated(qint64 modelId);
};

} // namespace Quorum::Ui
