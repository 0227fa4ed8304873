// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"
#include "modelpage/modelrequests.h"

class QFormLayout;
class QLabel;
class QTableWidget;

namespace Quorum::Ui {

class AlertsPanel;

/// The Overview tab of a model: its registration record as a read-only form (tier, status,
/// owner, team, purpose, use case, regulatory context), the version in production with the
/// date it was approved, the model's open release requests and its monitoring alerts.
class ModelOverviewTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelOverviewTab)

public:
    enum RequestColumn {
        TicketColumn,
        VersionColumn,
        TransitionColumn,
        StatusColumn,
        SubmittedByColumn,
        SubmittedColumn,
        ExpiresColumn,
        RequestColumnCount,
    };

    explicit ModelOverviewTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    void setSigningIdentity(SigningIdentity *identity) override;
    QTableWidget *openRequests() const { return m_requests; }
    AlertsPanel *alerts() const { return m_alerts; }

Q_SIGNALS:
    /// The model's requests are shown.
    void loaded();
    /// The user asked to work on open request @p requestId (double-click or Enter), e.g. in
    /// the inbox.
    void requestActivated(qint64 requestId);

private:
    QWidget *createForm();
    QWidget *createRequests();
    QLabel *addRow(const QString &label, const QString &objectName);
    void readRequests(qint64 modelId);
    void showRequests(const ModelRequests &requests);

    QFormLayout *m_form = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_intendedUse = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_team = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_useCase = nullptr;
    QLabel *m_regulatory = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_production = nullptr;
    QLabel *m_approved = nullptr;
    QLabel *m_versions = nullptr;
    QTableWidget *m_requests = nullptr;
    QLabel *m_noRequests = nullptr;
    AlertsPanel *m_alerts = nullptr;
    bool m_hasProduction = false;
};

} // namespace Quorum::Ui
