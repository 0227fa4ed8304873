// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quorum {

enum class RiskLevel {
    Low,
    Medium,
    High,
};

QString riskLevelKey(RiskLevel level);
std::optional<RiskLevel> riskLevelFromKey(QStringView key);

/// Risk assessment of one model version (SPEC §2): overall score 0–1 and its reasons.
struct RiskAssessment
{
    qint64 id = 0;
    qint64 versionId = 0;
    double riskScore = 0.0;
    RiskLevel level = RiskLevel::Low;
    QStringList highRiskFactors;
    QStringList mitigations;
    std::optional<qint64> assessedBy;
    QDateTime assessedAt;
};

} // namespace Quorum
