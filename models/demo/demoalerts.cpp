// SPDX-License-Identifier: GPL-3.0-or-later
// Monitoring alerts of the demo: every version's evidence is scanned against its tier's
// thresholds as it would have been when it arrived (each alert raised when its evidence was
// recorded), so the drift episodes raise alerts. Alerts whose window ended more than a quarter
// before the demo's date were acknowledged by the model's owner a day after they were raised,
// with a comment; the newer ones (fraud detection's episode at its peak and since) are active.
#include "democontext.h"
#include "demosteps.h"
#include "oversight/alertrepository.h"
#include "oversight/alertscan.h"

namespace Quorum::Demo {

namespace {

constexpr int kReviewedAfterDays = 91;

// What the owner wrote when acknowledging an alert of a model.
QString comment(QStringView model, AlertTrigger trigger)
{
    const bool performance
        = trigger == AlertTrigger::AccuracyDecay || trigger == AlertTrigger::RecallDecay;
    if (model == u"fraud-detection") {
        return performance
            ? QStringLiteral("Within the weekly variation of the labelled feedback; tier 1's "
                             "0.5-point threshold is tight. No action, watching the trend.")
            : QStringLiteral("Transaction amounts rising since mid-July; the merchant-risk feed "
                             "is being checked with the data team. Retraining prepared.");
    }
    if (model == u"customer-churn") {
        return QStringLiteral("Spring price change moved monthly charges; reviewed with the "
                              "business, covered by the scheduled retrain.");
    }
    if (model == u"demand-forecaster") {
        return QStringLiteral("Holiday promotion calendar: expected and temporary, planners "
                              "used forecast overrides for those weeks.");
    }
    return QStringLiteral("Seasonal shift over the holidays, back within thresholds in "
                          "January. No action needed.");
}

} // namespace

void addAlerts(DemoContext &context)
{
    AlertScan scan(context.transaction, AlertTime::EvidenceTime);
    AlertRepository repository(context.db);
    const QDateTime reviewedBefore = context.daysBefore(kReviewedAfterDays, 0);
    for (const ModelRecord &model : context.models) {
        for (const VersionRecord &v : model.versions) {
            for (const Alert &alert : scan.scanVersion(v.id)) {
                if (alert.windowEnd >= reviewedBefore) {
                    continue;
                }
                const QDateTime at = alert.raisedAt.addDays(1).addSecs(3 * 3600);
                repository.acknowledge(context.transaction, alert.id, model.ownerId,
                                       comment(model.spec->name, alert.trigger), at);
            }
        }
    }
}

} // namespace Quorum::Demo
