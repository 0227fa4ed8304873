// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvals/approvalssnapshot.h"
#include "modeldetail/modeltab.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Quorum::Ui {

class RequestTableModel;

/// The Approvals tab: the release requests of one model with their threshold checks, and the
/// decisions with their signature manifestations (printed name, date and time, meaning).
/// Everything, the signature checks included, is read on a worker; a refresh of the same
/// model keeps the selected request. While the tab is hidden showModel() only remembers to read
/// when it is shown (verifying every signature is not free).
class ApprovalsTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsTab)

public:
    explicit ApprovalsTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;

    /// Selects the request with @p requestId when it is listed.
    void selectRequest(qint64 requestId);
    /// The request selected, or 0.
    qint64 selectedRequestId() const;

Q_SIGNALS:
    /// The requests of the model shown were read and are on screen.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void read() override;

private:
    void createTable();
    void setSnapshot(ApprovalsSnapshot snapshot);
    void showEmpty(const QString &text);
    void showSelected();

    RequestTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    ApprovalsSnapshot m_snapshot;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    qint64 m_modelId = 0;
};

} // namespace Quorum::Ui
