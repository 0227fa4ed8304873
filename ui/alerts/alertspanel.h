// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oversight/alert.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Quorum {
class AlertListModel;
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class AcknowledgeDialog;
class AlertSortModel;
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

    /// Opens the acknowledge dialog for the selected alert (Ctrl+K, "Acknowledge…"); nullptr
    /// when no active alert is selected or nobody registered would acknowledge it.
    AcknowledgeDialog *acknowledge();
    /// Selects alert @p alertId when it is listed.
    void selectAlert(qint64 alertId);
    /// The alert selected, or 0.
    qint64 selectedAlertId() const;

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// An alert was acknowledged from this panel.
    void acknowledged(qint64 alertId);
    /// The user asked to open model @p modelId (double-click or Enter on an alert).
    void modelActivated(qint64 modelId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    void createTable();
    void setAlerts(std::vector<Alert> alerts);
    void showEmpty(const QString &text);
    void updateState();
    void updateCount();
    const Alert *selectedAlert() const;
    QString acknowledgeBlockedBy(const Alert *alert) const;

    std::function<const Database *()> m_databaseSource;
    SigningIdentity *m_identity = nullptr;
    std::optional<qint64> m_modelFilter;
    AlertListModel *m_model;
    AlertSortModel *m_sorted;
    QLabel *m_count = nullptr;
    QCheckBox *m_showAcknowledged = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    quint64 m_generation = 0; ///< of the newest read; older results are dropped
};

} // namespace Quorum::Ui
