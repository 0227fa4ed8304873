// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/pendingrequests.h"
#include "dashboard/retirementsinprogress.h"
#include "dashboard/reviewschedule.h"
#include "home/dashboardlist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace Quorum::Ui {

/// The rows and column headings of the home dashboard's lists, in the user's words.
class HomeRows
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Ui::HomeRows)

public:
    static QStringList myDecisionColumns();
    /// Rows whose id is the request's.
    static std::vector<DashboardRow> myDecisions(const std::vector<PendingRequestRow> &rows);

    static QStringList expiringColumns();
    /// Rows whose id is the request's; amber, red within a day of @p now.
    static std::vector<DashboardRow> expiring(const std::vector<PendingRequestRow> &rows,
                                              const QDateTime &now);

    static QStringList reviewColumns();
    /// Rows whose id is the model's; overdue and never reviewed red, due soon amber.
    static std::vector<DashboardRow> reviews(const std::vector<ReviewScheduleEntry> &entries);
    /// The review cadence by tier, as the dashboard states it.
    static QString reviewCadence();

    static QStringList retirementColumns();
    /// Rows whose id is the model's.
    static std::vector<DashboardRow> retirements(const std::vector<RetirementInProgress> &rows);

    /// A stored UTC time as the user's local date.
    static QString date(const QDateTime &time);
};

} // namespace Quorum::Ui
