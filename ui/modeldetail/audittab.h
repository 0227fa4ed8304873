// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"
#include "modeldetail/modeltab.h"

#include <vector>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Quorum {
class AuditEventModel;
}

namespace Quorum::Ui {

class AuditEventView;

/// The Audit tab of a model: the audit events of the model, its versions and everything
/// recorded about them (readModelAuditEvents()), newest first, with the selected event's row
/// before and after. Read on a worker when the tab shows; a refresh keeps the selected event.
class AuditTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTab)

public:
    explicit AuditTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    AuditEventModel *events() const { return m_model; }
    AuditEventView *view() const { return m_view; }

Q_SIGNALS:
    /// The model's events are shown.
    void loaded();

protected:
    void read() override;

private:
    struct Read
    {
        qint64 head = 0;
        std::vector<AuditEvent> events;
    };

    void showEvents(Read read);
    void updateCount();

    AuditEventModel *m_model;
    QSortFilterProxyModel *m_filter;
    AuditEventView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    std::vector<AuditEvent> m_arrived; ///< handed to the model when it asks
    qint64 m_modelId = 0;
};

} // namespace Quorum::Ui
