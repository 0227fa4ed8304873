// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "democatalog.h"
#include "demorandom.h"
#include "domain/semanticversion.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {
class Database;
class WriteTransaction;
} // namespace Quorum

namespace Quorum::Demo {

/// A stored demo version and the facts later steps build on.
struct VersionRecord
{
    const VersionSpec *spec = nullptr;
    int index = 0; ///< position in ModelSpec::versions
    qint64 id = 0;
    SemanticVersion version;
    QDateTime createdAt;
    qint64 createdBy = 0;
    std::optional<qint64> parentId;
    qint64 testRows = 0;   ///< rows of its test split: the sample of evaluations and fairness
    QDateTime submittedAt; ///< its release request's submission; invalid when it has none
    double accuracy = 0.0; ///< test accuracy drawn by the evaluation step
    double recall = 0.0;   ///< test recall (recall@10 of a ranker), tracked in production
};

/// A stored demo model with its versions, oldest first.
struct ModelRecord
{
    const ModelSpec *spec = nullptr;
    qint64 id = 0;
    qint64 ownerId = 0;
    std::vector<VersionRecord> versions;

    /// The version in production, or nullptr.
    const VersionRecord *production() const;
    const VersionRecord &version(int index) const { return versions.at(std::size_t(index)); }
};

/// The ids of the demo people, by e-mail and by the roles the generator needs.
struct DemoPeople
{
    QHash<QString, qint64> byEmail;
    std::vector<qint64> engineers;
    qint64 compliance = 0;
    qint64 mlLead = 0;

    qint64 id(QStringView email) const;
};

/// What every step of the demo generator shares: the open transaction, the options, and the
/// ids stored so far.
struct DemoContext
{
    static constexpr int kWeeks = 52; ///< weekly drift windows per monitored feature
    /// The retirement in progress was submitted this many days before the demo's date.
    static constexpr int kRetirementAgeDays = 5;

    Database &db;
    WriteTransaction &transaction;
    quint64 seed = 0;
    QDate asOf;
    DemoPeople people;
    std::vector<ModelRecord> models;
    QString keyFolder;           ///< where the people's .p12 files go; empty: no signatures
    QHash<qint64, QString> keys; ///< person id → their key file, once addCertificates() ran

    /// An independent random stream for one area of the demo, e.g. "drift/fraud-detection".
    DemoRandom random(const QString &stream) const { return DemoRandom(seed, stream); }
    /// @p days before the demo's date at @p hour:@p minute UTC.
    QDateTime daysBefore(int days, int hour, int minute = 0) const;
    /// The Sunday that ends the newest monitoring window: the Sunday before asOf.
    QDate lastWindowEnd() const { return sundayBefore(asOf); }
    /// The Monday that starts monitoring window @p week (0 is the oldest of kWeeks).
    QDate windowStart(int week) const;
    const ModelRecord &model(QStringView name) const;

    /// The last Sunday strictly before @p day.
    static QDate sundayBefore(QDate day) { return day.addDays(-day.dayOfWeek()); }
    /// @p day at @p hour:@p minute UTC; minutes past 59 roll over into the next hour.
    static QDateTime at(QDate day, int hour, int minute = 0);
};

} // namespace Quorum::Demo
