// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

enum class DatasetApproval {
    Pending,
    Approved,
    Rejected,
};

QString datasetApprovalKey(DatasetApproval approval);
std::optional<DatasetApproval> datasetApprovalFromKey(QStringView key);

/// A versioned dataset with its lineage (raw → curated → split), SPEC §2.
struct Dataset
{
    qint64 id = 0; ///< 0 until stored
    QString name;
    QString version;
    QString source;
    QString schemaJson = QStringLiteral("{}");
    bool containsPii = false;
    std::optional<qint64> rowCount;
    QString sha256; ///< empty when unknown
    std::optional<qint64> parentId;
    DatasetApproval approval = DatasetApproval::Pending;
    QDateTime createdAt; ///< UTC
};

} // namespace Quorum
