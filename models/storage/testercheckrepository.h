// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// "Tester ✓": a QA tester's check of a release request (release SOP step 3).
struct TesterCheck
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 personId = 0;
    bool passed = false;
    QString comment;
    QDateTime checkedAt; ///< UTC
};

class TesterCheckRepository
{
public:
    explicit TesterCheckRepository(Database &db);

    /// Stores @p check and records it in the audit trail; returns its id.
    qint64 add(WriteTransaction &transaction, const TesterCheck &check);
    /// The request's checks, oldest first.
    std::vector<TesterCheck> forRequest(qint64 requestId) const;

private:
    Database &m_db;
};

} // namespace Quorum
