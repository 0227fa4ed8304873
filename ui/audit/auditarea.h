// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Quorum {
class AuditEventModel;
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class AuditEventView;
class AuditFilterModel;
class VerificationPanel;

/// The Audit area: every audit event, newest first, read in batches on a worker thread as the
/// table scrolls; filters by entity and text; the selected event's before and after images;
/// and Verify (Ctrl+Shift+V), which checks the hash chain and every signature off the GUI
/// thread and names each event or decision that fails. Clicking a problem shows its event.
class AuditArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditArea)

public:
    explicit AuditArea(QWidget *parent = nullptr);

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Reads the trail again from its newest event; loaded() follows the first batch.
    void reload();
    void clear();
    /// Verifies the trail on a worker thread; verified() follows.
    void verify();
    /// Shows and selects event @p seq, reading older batches first when needed.
    void goToEvent(qint64 seq);
    /// The seq of the selected event, or 0.
    qint64 selectedSeq() const;

Q_SIGNALS:
    void loaded();
    /// A verification ended; @p holds when nothing was found.
    void verified(bool holds);
    void readFailed(const QString &message, const QString &detail);

private:
    QWidget *createToolBar();
    void fetch(qint64 fromSeq, qint64 toSeq);
    void onBatch();
    void rememberEntities(int firstRow);
    void updateCount();
    const Database *database() const;

    std::function<const Database *()> m_databaseSource;
    AuditEventModel *m_model;
    AuditFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_entity = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadAll = nullptr;
    QPushButton *m_verify = nullptr;
    AuditEventView *m_view = nullptr;
    VerificationPanel *m_verification = nullptr;
    qint64 m_wantedSeq = 0; ///< an event to show once its batch is read
    quint64 m_generation = 0;
};

} // namespace Quorum::Ui
