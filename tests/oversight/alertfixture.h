// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oversight/alert.h"
#include "tempdatabase.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Quorum::Test {

/// A small governance database for the alert tests, its clock fixed at 2026-11-16 06:00 UTC:
/// the people "Ada Byrne" (owner) and "Ben Okafor" (ML engineer, inactive: left the team), and
/// the models added with addModel(), each with version 1.0.0 in production.
class AlertFixture
{
public:
    AlertFixture();

    Database &db() { return m_temp.db(); }
    qint64 ada() const { return m_ada; }
    qint64 ben() const { return m_ben; }

    /// Stores model @p name of risk tier @p tier with version 1.0.0; returns the version's id.
    qint64 addModel(const QString &name, int tier);
    /// Stores @p metric = @p value of @p versionId on the test split (the baseline).
    void addBaseline(qint64 versionId, const QString &metric, double value);
    /// Stores @p metric = @p value of @p versionId in the production window of the week that
    /// ends on @p end.
    void addProduction(qint64 versionId, const QString &metric, double value, QDate end);
    /// Stores the PSI @p psi of @p feature of @p versionId for the week that ends on @p end.
    void addPsi(qint64 versionId, const QString &feature, double psi, QDate end);
    /// Scans @p versionId in one write transaction by "alert-test"; returns the new alerts.
    std::vector<Alert> scan(qint64 versionId);
    /// Rows of @p table.
    qint64 rows(const QString &table);

    /// The Sunday that ends the newest week of the tests: 2026-11-15.
    static QDate weekEnd() { return QDate(2026, 11, 15); }

private:
    TempDatabase m_temp;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
};

} // namespace Quorum::Test
