// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnessrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quorum {

FairnessRepository::FairnessRepository(Database &db)
    : m_db(db)
{}

qint64 FairnessRepository::add(WriteTransaction &transaction, const FairnessReport &r)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO fairness_reports (version_id, protected_attribute, "
                                "privileged_group, favourable_outcome, split, "
                                "demographic_parity_difference, demographic_parity_ratio, "
                                "disparate_impact, equal_opportunity_difference, "
                                "equalized_odds_difference, average_odds_difference, "
                                "statistical_parity_difference, intervals_json, "
                                "undefined_reasons_json, flags_json, recorded_at, source) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(r.versionId)
        .bind(r.protectedAttribute)
        .bind(r.privilegedGroup)
        .bind(r.favourableOutcome)
        .bind(r.split)
        .bind(nullable(r.demographicParityDifference))
        .bind(nullable(r.demographicParityRatio))
        .bind(nullable(r.disparateImpact))
        .bind(nullable(r.equalOpportunityDifference))
        .bind(nullable(r.equalizedOddsDifference))
        .bind(nullable(r.averageOddsDifference))
        .bind(nullable(r.statisticalParityDifference))
        .bind(r.intervalsJson.isEmpty() ? QStringLiteral("{}") : r.intervalsJson)
        .bind(r.undefinedReasonsJson.isEmpty() ? QStringLiteral("{}") : r.undefinedReasonsJson)
        .bind(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(r.flags)).toJson(QJsonDocument::Compact)))
        .bind(toDbTime(r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc()))
        .bind(r.source);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    for (const FairnessGroup &g : r.groups) {
        Query(m_db,
              QStringLiteral("INSERT INTO fairness_groups (report_id, group_name, "
                             "sample_count, true_positives, false_positives, "
                             "true_negatives, false_negatives, selection_rate, tpr, fpr, "
                             "precision, accuracy, brier) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .bind(id)
            .bind(g.name)
            .bind(g.count)
            .bind(nullable(g.truePositives))
            .bind(nullable(g.falsePositives))
            .bind(nullable(g.trueNegatives))
            .bind(nullable(g.falseNegatives))
            .bind(nullable(g.selectionRate))
            .bind(nullable(g.tpr))
            .bind(nullable(g.fpr))
            .bind(nullable(g.precision))
            .bind(nullable(g.accuracy))
            .bind(nullable(g.brier))
            .exec();
    }
    AuditTrail trail(m_db);
    trail.recordInsert(
        transaction, QStringLiteral("fairness_reports"), id,
        {{QStringLiteral("groups"),
          trail.rowsImage(QStringLiteral("fairness_groups"), QStringLiteral("report_id"), id)}});
    return id;
}

std::vector<FairnessReport> FairnessRepository::forVersion(qint64 versionId) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, version_id, protected_attribute, privileged_group, "
                               "favourable_outcome, split, demographic_parity_difference, "
                               "demographic_parity_ratio, disparate_impact, "
                               "equal_opportunity_difference, equalized_odds_difference, "
                               "average_odds_difference, undefined_reasons_json, flags_json, "
                               "recorded_at, source, statistical_parity_difference, "
                               "intervals_json FROM fairness_reports WHERE version_id = ? "
                               "ORDER BY protected_attribute, recorded_at DESC, id DESC"));
    query.bind(versionId).exec();
    std::vector<FairnessReport> reports;
    while (query.next()) {
        FairnessReport r;
        r.id = query.value(0).toLongLong();
        r.versionId = query.value(1).toLongLong();
        r.protectedAttribute = query.value(2).toString();
        r.privilegedGroup = query.value(3).toString();
        r.favourableOutcome = query.value(4).toString();
        r.split = query.value(5).toString();
        r.demographicParityDifference = optionalReal(query.value(6));
        r.demographicParityRatio = optionalReal(query.value(7));
        r.disparateImpact = optionalReal(query.value(8));
        r.equalOpportunityDifference = optionalReal(query.value(9));
        r.equalizedOddsDifference = optionalReal(query.value(10));
        r.averageOddsDifference = optionalReal(query.value(11));
        r.undefinedReasonsJson = query.value(12).toString();
        for (const QJsonValue &flag :
             QJsonDocument::fromJson(query.value(13).toString().toUtf8()).array()) {
            r.flags << flag.toString();
        }
        r.recordedAt = fromDbTime(query.value(14));
        r.source = query.value(15).toString();
        r.statisticalParityDifference = optionalReal(query.value(16));
        r.intervalsJson = query.value(17).toString();
        reports.push_back(std::move(r));
    }
    for (FairnessReport &r : reports) {
        Query groups(m_db,
                     QStringLiteral("SELECT group_name, sample_count, true_positives, "
                                    "false_positives, true_negatives, false_negatives, "
                                    "selection_rate, tpr, fpr, precision, accuracy, brier "
                                    "FROM fairness_groups WHERE report_id = ? "
                                    "ORDER BY group_name"));
        groups.bind(r.id).exec();
        while (groups.next()) {
            FairnessGroup g;
            g.name = groups.value(0).toString();
            g.count = groups.value(1).toLongLong();
            g.truePositives = optionalId(groups.value(2));
            g.falsePositives = optionalId(groups.value(3));
            g.trueNegatives = optionalId(groups.value(4));
            g.falseNegatives = optionalId(groups.value(5));
            g.selectionRate = optionalReal(groups.value(6));
            g.tpr = optionalReal(groups.value(7));
            g.fpr = optionalReal(groups.value(8));
            g.precision = optionalReal(groups.value(9));
            g.accuracy = optionalReal(groups.value(10));
            g.brier = optionalReal(groups.value(11));
            r.groups.push_back(std::move(g));
        }
    }
    return reports;
}

} // namespace Quorum
