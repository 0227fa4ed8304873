// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewschedule.h"

#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/query.h"

#include <algorithm>

namespace Quorum {

namespace {

// Sort rank of a state: overdue, never reviewed, then the rest by date.
int rank(ReviewState state)
{
    switch (state) {
    case ReviewState::Overdue:
        return 0;
    case ReviewState::NeverReviewed:
        return 1;
    case ReviewState::DueSoon:
    case ReviewState::Scheduled:
        break;
    }
    return 2;
}

bool scheduledBefore(const ReviewScheduleEntry &a, const ReviewScheduleEntry &b)
{
    if (rank(a.state) != rank(b.state)) {
        return rank(a.state) < rank(b.state);
    }
    if (a.nextDue != b.nextDue) {
        return a.nextDue < b.nextDue;
    }
    return a.displayName.localeAwareCompare(b.displayName) < 0;
}

} // namespace

std::optional<int> reviewIntervalMonths(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return 3;
    case RiskTier::High:
        return 12;
    case RiskTier::Standard:
        return 24;
    case RiskTier::Experimental:
        break;
    }
    return std::nullopt;
}

QDateTime nextReviewDue(RiskTier tier, const QDateTime &lastReview)
{
    const std::optional<int> months = reviewIntervalMonths(tier);
    if (!months || !lastReview.isValid()) {
        return {};
    }
    return lastReview.toUTC().addMonths(*months);
}

ReviewState reviewState(const QDateTime &nextDue, const QDateTime &now, int dueSoonDays)
{
    if (!nextDue.isValid()) {
        return ReviewState::NeverReviewed;
    }
    if (nextDue < now) {
        return ReviewState::Overdue;
    }
    return nextDue <= now.addDays(dueSoonDays) ? ReviewState::DueSoon : ReviewState::Scheduled;
}

std::vector<ReviewScheduleEntry> readReviewSchedule(Database &db, const QDateTime &now,
                                                    int dueSoonDays)
{
    Query query(
        db,
        QStringLiteral(
            "SELECT m.id, m.name, m.display_name, m.risk_tier, v.id, v.version, "
            "(SELECT max(d.decided_at) FROM decisions d "
            " JOIN release_requests r ON r.id = d.request_id WHERE r.version_id = v.id "
            " AND d.verdict IN ('approve', 'approve_with_conditions')), "
            "(SELECT max(closed_at) FROM release_requests "
            " WHERE version_id = v.id AND status = 'approved') "
            "FROM models m JOIN model_versions v ON v.model_id = m.id AND v.stage = 'production' "
            "WHERE m.status <> 'retired' AND m.risk_tier BETWEEN 1 AND 3"));
    query.exec();
    std::vector<ReviewScheduleEntry> entries;
    while (query.next()) {
        ReviewScheduleEntry e;
        e.modelId = query.value(0).toLongLong();
        e.modelName = query.value(1).toString();
        e.displayName = query.value(2).toString();
        e.tier = riskTierFromNumber(query.value(3).toInt()).value_or(RiskTier::Standard);
        e.versionId = query.value(4).toLongLong();
        e.version = query.value(5).toString();
        const QDateTime decided = fromDbTime(query.value(6));
        const QDateTime closed = fromDbTime(query.value(7));
        e.lastReview
            = !closed.isValid() || (decided.isValid() && decided > closed) ? decided : closed;
        e.nextDue = nextReviewDue(e.tier, e.lastReview);
        e.state = reviewState(e.nextDue, now, dueSoonDays);
        e.daysUntilDue = e.nextDue.isValid() ? now.toUTC().date().daysTo(e.nextDue.date()) : 0;
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), scheduledBefore);
    return entries;
}

} // namespace Quorum
