// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum {

/// The audit trail as a table, newest event first, loaded lazily: the model runs no SQL. A view
/// asks for more rows with fetchMore(); the model answers with fetchRequested() naming the next
/// (older) batch of sequence numbers, the owner reads it wherever it likes (a worker thread)
/// and hands it back with addBatch(). So a trail of a hundred thousand events opens at once.
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        EntityIdColumn,
        ColumnCount,
    };

    enum Role {
        SeqRole = Qt::UserRole + 1, ///< qint64
        EntityRole,                 ///< the table changed, e.g. "models"
        SearchTextRole,             ///< seq, actor, action, entity and entity id, for filters
    };

    /// Events asked for by one fetchMore().
    static constexpr int kBatchSize = 500;

    explicit AuditEventModel(QObject *parent = nullptr);

    /// Starts over, empty, for a trail whose newest event is @p headSeq (0: an empty trail).
    /// A batch still on its way for the previous trail is ignored when it arrives.
    void reset(qint64 headSeq);
    qint64 headSeq() const { return m_headSeq; }
    /// Adds the events read for the batch [@p fromSeq, @p toSeq] that fetchRequested() asked
    /// for; events outside it are dropped, and so is a batch that was not asked for.
    void addBatch(qint64 fromSeq, qint64 toSeq, std::vector<AuditEvent> events);
    /// The batch asked for could not be read; a later fetchMore() asks again.
    void batchFailed();
    /// Asks for every event not loaded yet down to @p seq in one batch (e.g. to show it).
    void fetchThrough(qint64 seq);

    bool isFetching() const { return m_fetching; }
    /// Whether every event down to seq 1 is loaded.
    bool isComplete() const { return m_below <= 1; }
    const AuditEvent *eventAt(int row) const;
    /// The row of the event with @p seq, or -1 when it is not loaded (or not in the trail).
    int rowOfSeq(qint64 seq) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// How the table shows an event's time: UTC, to the second, e.g. "2026-11-16 09:12:44 UTC".
    static QString timeText(const QDateTime &time);

Q_SIGNALS:
    /// Read the events with seq in [@p fromSeq, @p toSeq] and hand them to addBatch().
    void fetchRequested(qint64 fromSeq, qint64 toSeq);

private:
    QVariant display(const AuditEvent &event, int column) const;
    void request(qint64 fromSeq);

    std::vector<AuditEvent> m_events; ///< newest first
    qint64 m_headSeq = 0;
    qint64 m_below = 1; ///< events with a seq below this one are not loaded yet
    qint64 m_asked = 0; ///< fromSeq of the batch on its way
    bool m_fetching = false;
};

} // namespace Quorum
