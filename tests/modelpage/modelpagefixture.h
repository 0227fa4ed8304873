// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"
#include "domain/stage.h"
#include "tempdatabase.h"

#include <QString>

namespace Quorum::Test {

/// A small database for the model page's readers: the person "Dana Reyes", and models are
/// added one write at a time, each returning its id.
class ModelPageFixture
{
public:
    ModelPageFixture();

    Database &db() { return m_temp.db(); }
    qint64 personId() const { return m_personId; }
    /// A model of tier @p tier owned by Dana Reyes.
    qint64 addModel(const QString &name, int tier = 2);
    qint64 addVersion(qint64 modelId, const QString &version, Stage stage);
    /// Accuracy-style evaluation @p metric = @p value of @p versionId, recorded at day @p day
    /// of January 2025 (so later days are newer).
    qint64 addEvaluation(qint64 versionId, const QString &metric, double value,
                         const QString &split = QStringLiteral("test"),
                         const QString &segment = QStringLiteral("all"), int day = 10);
    /// A request of @p versionId to @p to, submitted by Dana Reyes on day @p day of January
    /// 2025, expiring 30 days later, in @p status (closed three days after submission unless
    /// pending).
    qint64 addRequest(qint64 versionId, Stage to, RequestStatus status, int day);
    /// The newest audit event's seq.
    qint64 headSeq();

private:
    TempDatabase m_temp;
    qint64 m_personId = 0;
};

/// 2025-01-@p day at 09:00 UTC.
QDateTime january(int day);

} // namespace Quorum::Test
