// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// One saved revision of a version's model card. The content is JSON in Google's Model Card
/// Toolkit schema (model_details, model_parameters, quantitative_analysis, considerations);
/// every save adds a revision, none is overwritten.
struct ModelCard
{
    qint64 id = 0;
    qint64 versionId = 0;
    int revision = 1;
    QString schemaVersion = QStringLiteral("0.0.2");
    QString contentJson;
    std::optional<qint64> authorId;
    QDateTime createdAt;
};

} // namespace Quorum
