// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/inboxsnapshot.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace Quorum {
class Database;
class InboxModel;
struct DecisionOutcome;
} // namespace Quorum

namespace Quorum::Ui {

class SignDialog;
class SigningIdentity;

/// The Inbox area: the pending requests awaiting the signing identity's person, in a sortable
/// table, and the selected request's evidence below it (checks, metric deltas, earlier
/// decisions, why approval is blocked). "Decide…" (Ctrl+Return) opens the sign dialog; after a
/// decision the inbox reads itself again. Reads run on a worker thread.
class InboxArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxArea)

public:
    InboxArea(SigningIdentity *identity, QWidget *parent = nullptr);

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Reads the inbox of the identity's person on a worker thread; loaded() or readFailed()
    /// follows. A newer reload or clear() wins over an older read still on its way.
    void reload();
    /// Empties the inbox (no database is open).
    void clear();
    /// Opens the sign dialog for the selected request; nullptr when none is selected.
    SignDialog *decide();
    /// Selects the request with @p requestId when it is listed.
    void selectRequest(qint64 requestId);
    /// The request selected, or 0.
    qint64 selectedRequestId() const;

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// The user asked to choose their signing identity.
    void settingsRequested();
    /// A decision was signed and recorded from this area.
    void decided(const Quorum::DecisionOutcome &outcome);

private:
    QWidget *createHeader();
    void createTable();
    void setSnapshot(InboxSnapshot snapshot);
    void showEmpty(const QString &text, bool offerSettings);
    void showSelected();
    void updateHeader();

    SigningIdentity *m_identity;
    std::function<const Database *()> m_databaseSource;
    InboxModel *m_model;
    QSortFilterProxyModel *m_sorted;
    InboxSnapshot m_snapshot;
    QLabel *m_who = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_decide = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptySettings = nullptr;
    quint64 m_generation = 0; ///< of the newest read; older results are dropped
};

} // namespace Quorum::Ui
