// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardperiod.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;

namespace Quorum {
class Database;
struct DashboardSnapshot;
} // namespace Quorum

namespace Quorum::Ui {

class AlertsPanel;
class DashboardList;
class KpiTiles;
class SigningIdentity;

/// The home dashboard: my pending decisions, requests near expiry, the governance KPIs of the
/// lifecycle SOP, models due for periodic review, active alerts and retirements in progress.
class HomeArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeArea)

public:
    explicit HomeArea(QWidget *parent = nullptr);

    void setDatabaseSource(std::function<const Database *()> source);
    /// Whose pending decisions are shown ("my"); without a registered person, all pending.
    void setSigningIdentity(SigningIdentity *identity);
    /// Reads everything on workers; loaded() or readFailed() follows. Keeps the user's place.
    void reload();
    void clear();

    /// The period the KPIs are counted over (remembered between sessions; 12 months at first).
    DashboardPeriod period() const;
    void setPeriod(DashboardPeriod period);

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// Open the page of model @p modelId.
    void modelActivated(qint64 modelId);
    /// Open release request @p requestId in the inbox.
    void requestActivated(qint64 requestId);

private:
    QWidget *createHeader();
    QWidget *createSections();
    QLabel *addHeading(QLayout *layout, const QString &text, QWidget *buddy);
    QLabel *addNote(QLayout *layout, const QString &text);
    std::optional<qint64> personId() const;
    void setSnapshot(const DashboardSnapshot &snapshot);
    void updateMineHeading();

    std::function<const Database *()> m_databaseSource;
    QPointer<SigningIdentity> m_identity;
    QComboBox *m_period = nullptr;
    QLabel *m_updated = nullptr;
    QScrollArea *m_scroll = nullptr;
    KpiTiles *m_kpis = nullptr;
    QLabel *m_mineHeading = nullptr;
    QLabel *m_mineNote = nullptr;
    DashboardList *m_mine = nullptr;
    QLabel *m_expiringNote = nullptr;
    DashboardList *m_expiring = nullptr;
    DashboardList *m_reviews = nullptr;
    AlertsPanel *m_alerts = nullptr;
    DashboardList *m_retirements = nullptr;
    quint64 m_generation = 0; ///< of the newest read; older results are dropped
};

} // namespace Quorum::Ui
