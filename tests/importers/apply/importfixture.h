// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "tempdatabase.h"

#include <QMap>
#include <QString>

namespace Quorum::Test {

/// What a test compares to prove that a refused import left the database alone: the row count
/// of every table and the audit trail's head.
struct DatabaseSnapshot
{
    QMap<QString, qint64> rowCounts;
    qint64 auditSeq = 0;
    QString auditHash;

    friend bool operator==(const DatabaseSnapshot &, const DatabaseSnapshot &) = default;
};

DatabaseSnapshot snapshotOf(Database &db);

/// A temporary database with the person owner@example.org, the model "fraud-detection"
/// (tier 2, owned by that person) and its version 2.1.0.
class ImportFixture
{
public:
    ImportFixture();

    Database &db() { return m_temp.db(); }
    TempDatabase &temp() { return m_temp; }
    qint64 ownerId() const { return m_ownerId; }
    qint64 modelId() const { return m_modelId; }
    qint64 versionId() const { return m_versionId; }
    /// The number of rows of @p table.
    qint64 rows(const QString &table);

private:
    TempDatabase m_temp;
    qint64 m_ownerId = 0;
    qint64 m_modelId = 0;
    qint64 m_versionId = 0;
};

/// fraud-detection@2.1.0
VersionKey fraudKey();

/// A batch for fraud-detection@2.1.0 from "metrics.json" with three evaluations (accuracy
/// 0.931 and f1 0.88 on test, recall 0.7 in a June 2023 production window), two drift
/// observations (age: KS p = 0.003 against 0.05 on 2023-06-20; income: PSI 0.27 against 0.2
/// in June 2023), one fairness report (sex, 2 groups) and a model card.
ImportBatch sampleBatch();

} // namespace Quorum::Test
