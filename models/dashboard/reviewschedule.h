// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// How near a model's periodic review is.
enum class ReviewState {
    Overdue,       ///< the due date has passed
    NeverReviewed, ///< in production without any recorded approval
    DueSoon,       ///< due within the "soon" window
    Scheduled,     ///< due later
};

/// Days before the due date from which a review counts as due soon.
inline constexpr int kReviewDueSoonDays = 30;

/// One model in production and its periodic review (the AI/ML operations playbook: Tier 1
/// model cards are reviewed quarterly, Tier 2 annually).
struct ReviewScheduleEntry
{
    qint64 modelId = 0;
    QString modelName;   ///< machine name
    QString displayName; ///< human name
    RiskTier tier = RiskTier::Standard;
    qint64 versionId = 0; ///< the version in production
    QString version;
    /// The latest approving decision (approve, approve with conditions) signed on any release
    /// request of the production version, or the closing time of an approved request of it
    /// when that is later (history approved without stored decisions). Invalid: never.
    QDateTime lastReview;
    QDateTime nextDue; ///< lastReview + the tier's interval; invalid when never reviewed
    ReviewState state = ReviewState::Scheduled;
    /// Calendar days (UTC) from now to nextDue: negative when overdue, 0 when never reviewed.
    qint64 daysUntilDue = 0;
};

/// The review interval of @p tier in months: Tier 1 quarterly (3), Tier 2 yearly (12), Tier 3
/// every two years (24; the SOPs set no cadence, Quorum's default); nullopt for Tier 4, which
/// has no periodic review.
std::optional<int> reviewIntervalMonths(RiskTier tier);

/// @p lastReview plus the tier's interval in calendar months; invalid when the tier has none
/// or @p lastReview is invalid.
QDateTime nextReviewDue(RiskTier tier, const QDateTime &lastReview);

/// The state of a review due at @p nextDue (invalid: never reviewed) seen at @p now: overdue
/// when nextDue < now, due soon when nextDue ≤ now + @p dueSoonDays days, otherwise scheduled.
ReviewState reviewState(const QDateTime &nextDue, const QDateTime &now,
                        int dueSoonDays = kReviewDueSoonDays);

/// The review schedule at @p now: every model of Tier 1–3 that is not retired and has a
/// version in production, overdue first (most overdue first), then never reviewed (by name),
/// then the rest by due date. Throws DatabaseError.
std::vector<ReviewScheduleEntry> readReviewSchedule(Database &db, const QDateTime &now,
                                                    int dueSoonDays = kReviewDueSoonDays);

} // namespace Quorum
