// SPDX-License-Identifier: GPL-3.0-or-later
#include "homerows.h"

#include "domain/risktier.h"
#include "domain/stage.h"

#include <QLocale>

namespace Quorum::Ui {

namespace {

QString transition(const PendingRequestRow &r)
{
    return HomeRows::tr("%1 → %2").arg(stageLabel(r.fromStage), stageLabel(r.toStage));
}

QString approvals(const PendingRequestRow &r)
{
    return HomeRows::tr("%1 of %2").arg(r.approvalsCounted).arg(r.approvalsRequired);
}

QString timeLeft(const QDateTime &now, const QDateTime &expires)
{
    const qint64 hours = now.secsTo(expires) / 3600;
    if (hours < 48) {
        return HomeRows::tr("in %n hour(s)", nullptr, int(hours));
    }
    return HomeRows::tr("in %n day(s)", nullptr, int(hours / 24));
}

QString reviewStatus(const ReviewScheduleEntry &e)
{
    switch (e.state) {
    case ReviewState::Overdue:
        return HomeRows::tr("Overdue by %n day(s)", nullptr, int(-e.daysUntilDue));
    case ReviewState::NeverReviewed:
        return HomeRows::tr("Never reviewed");
    case ReviewState::DueSoon:
        return e.daysUntilDue == 0 ? HomeRows::tr("Due today")
                                   : HomeRows::tr("Due in %n day(s)", nullptr, int(e.daysUntilDue));
    case ReviewState::Scheduled:
        break;
    }
    return HomeRows::tr("Scheduled");
}

} // namespace

QString HomeRows::date(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : tr("—");
}

QStringList HomeRows::myDecisionColumns()
{
    return {tr("Model"),     tr("Version"), tr("Request"),   tr("Submitted by"),
            tr("Submitted"), tr("Expires"), tr("Approvals"), tr("You sign as")};
}

std::vector<DashboardRow> HomeRows::myDecisions(const std::vector<PendingRequestRow> &rows)
{
    std::vector<DashboardRow> out;
    for (const PendingRequestRow &r : rows) {
        DashboardRow row;
        row.id = r.requestId;
        row.cells = {r.displayName,
                     r.version,
                     transition(r),
                     r.submittedBy,
                     date(r.submittedAt),
                     date(r.expiresAt),
                     r.approvalsRequired > 0 ? approvals(r) : tr("—"),
                     r.role ? roleLabel(*r.role) : tr("—")};
        row.toolTip = r.approvalBlockedBy.isEmpty()
            ? tr("Request #%1: %2 %3").arg(r.requestId).arg(r.displayName, r.version)
            : tr("Request #%1: %2").arg(r.requestId).arg(r.approvalBlockedBy);
        out.push_back(std::move(row));
    }
    return out;
}

QStringList HomeRows::expiringColumns()
{
    return {tr("Model"),   tr("Version"),   tr("Request"),
            tr("Expires"), tr("Time left"), tr("Submitted by")};
}

std::vector<DashboardRow> HomeRows::expiring(const std::vector<PendingRequestRow> &rows,
                                             const QDateTime &now)
{
    std::vector<DashboardRow> out;
    for (const PendingRequestRow &r : rows) {
        DashboardRow row;
        row.id = r.requestId;
        row.cells = {r.displayName,
                     r.version,
                     transition(r),
                     QLocale().toString(r.expiresAt.toLocalTime(), QLocale::ShortFormat),
                     timeLeft(now, r.expiresAt),
                     r.submittedBy};
        row.emphasis
            = now.secsTo(r.expiresAt) < 24 * 3600 ? RowEmphasis::Alert : RowEmphasis::Warning;
        row.emphasisColumn = 4;
        row.toolTip = tr("Request #%1 expires unless decided: the submitter must then submit it "
                         "again.")
                          .arg(r.requestId);
        out.push_back(std::move(row));
    }
    return out;
}

QStringList HomeRows::reviewColumns()
{
    return {tr("Model"),       tr("Tier"),     tr("In production"),
            tr("Last review"), tr("Next due"), tr("Status")};
}

std::vector<DashboardRow> HomeRows::reviews(const std::vector<ReviewScheduleEntry> &entries)
{
    std::vector<DashboardRow> out;
    for (const ReviewScheduleEntry &e : entries) {
        DashboardRow row;
        row.id = e.modelId;
        row.cells = {e.displayName,      riskTierLabel(e.tier), e.version,
                     date(e.lastReview), date(e.nextDue),       reviewStatus(e)};
        switch (e.state) {
        case ReviewState::Overdue:
        case ReviewState::NeverReviewed:
            row.emphasis = RowEmphasis::Alert;
            break;
        case ReviewState::DueSoon:
            row.emphasis = RowEmphasis::Warning;
            break;
        case ReviewState::Scheduled:
            break;
        }
        row.emphasisColumn = 5;
        out.push_back(std::move(row));
    }
    return out;
}

QString HomeRows::reviewCadence()
{
    return tr("Periodic reviews: Tier 1 every 3 months, Tier 2 every 12 months, Tier 3 every "
              "24 months; Tier 4 (experimental) models have no periodic review. The last review "
              "is the last approval signed for the version in production.");
}

QStringList HomeRows::retirementColumns()
{
    return {tr("Model"),  tr("Version"),     tr("Started by"), tr("Started"),
            tr("Reason"), tr("Replacement"), tr("Approvals")};
}

std::vector<DashboardRow> HomeRows::retirements(const std::vector<RetirementInProgress> &rows)
{
    std::vector<DashboardRow> out;
    for (const RetirementInProgress &r : rows) {
        DashboardRow row;
        row.id = r.request.modelId;
        row.cells = {r.request.displayName,
                     r.request.version,
                     r.request.submittedBy,
                     date(r.request.submittedAt),
                     r.reason,
                     r.replacementName.isEmpty() ? tr("—") : r.replacementName,
                     approvals(r.request)};
        row.toolTip = r.archiveLocation.isEmpty()
            ? r.reason
            : tr("%1\nArchive: %2").arg(r.reason, r.archiveLocation);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace Quorum::Ui
