// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// Which alerts a list holds.
enum class AlertScope {
    Active, ///< only those nobody has acknowledged yet
    All,    ///< active and acknowledged
};

struct AlertFilter
{
    AlertScope scope = AlertScope::Active;
    std::optional<qint64> modelId; ///< one model's alerts; every model's when nullopt
};

/// The monitoring alerts (schema 8). AlertScan raises them; people acknowledge them here.
/// Reads may run on any thread with its own Database; writes take the caller's transaction.
class AlertRepository
{
public:
    explicit AlertRepository(Database &db);

    /// Stores @p alert (its facts; status active) unless the same alert — version, trigger,
    /// feature, window end — was raised before, with its audit event by @p transaction's
    /// actor. Returns the new id, or nullopt when it already existed (nothing written).
    std::optional<qint64> raise(WriteTransaction &transaction, const Alert &alert);

    /// The alerts @p filter selects, newest window first (then newest raised, highest id).
    std::vector<Alert> list(const AlertFilter &filter = {}) const;
    std::optional<Alert> byId(qint64 id) const;
    /// How many active alerts there are (of model @p modelId, or of every model).
    int activeCount(std::optional<qint64> modelId = std::nullopt) const;

    /// Acknowledges active alert @p alertId as person @p personId with @p comment (trimmed),
    /// at the database's now(), and records an "acknowledge" audit event with the before and
    /// after images in the same transaction. Returns the acknowledged alert.
    /// Throws GovernanceError: InvalidInput for a blank comment, NotFound for an unknown alert
    /// or person, NotAllowed for an inactive person, WrongState for an alert acknowledged
    /// before (the message says by whom and when). Nothing is written when it throws.
    Alert acknowledge(WriteTransaction &transaction, qint64 alertId, qint64 personId,
                      const QString &comment);
    /// As above, stamped @p at (UTC) instead of now(): for back-filled history (the demo).
    Alert acknowledge(WriteTransaction &transaction, qint64 alertId, qint64 personId,
                      const QString &comment, const QDateTime &at);

private:
    std::vector<Alert> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
