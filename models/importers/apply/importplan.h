// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace Quorum {

class Database;

/// Whether one item of a batch would change the database.
enum class ChangeStatus {
    New,       ///< it would be added
    Unchanged, ///< the database already holds it: importing again changes nothing
};

/// What kind of record a change is about.
enum class ChangeKind {
    Model,
    Version,
    Evaluation,
    Drift,
    Fairness,
    ModelCard,
};

QString changeKindKey(ChangeKind kind);   ///< "model", "version", "evaluation", "drift", …
QString changeKindLabel(ChangeKind kind); ///< translated, plural: "Evaluations"

/// One line of a preview: "new evaluation fraud-detection@2.1.0 accuracy (test) = 0.931".
struct PlannedChange
{
    ChangeKind kind = ChangeKind::Evaluation;
    ChangeStatus status = ChangeStatus::New;
    QString target;      ///< "model" or "model@version"
    QString description; ///< what it is, e.g. "accuracy (test, all) = 0.931"
};

/// The comparison of a batch with the database: each item New or Unchanged.
struct ImportPlan
{
    QString kind;
    QString source;
    QString sourceSha256;
    std::vector<PlannedChange> changes; ///< in batch order: models, versions, then evidence
    QStringList warnings;

    int count(ChangeKind kind, ChangeStatus status) const;
    int newCount() const;
    bool changesSomething() const { return newCount() > 0; }
    /// {"kind","source","sha256","new":{"evaluation":3,…},"unchanged":{…},"warnings":[…],
    ///  "changes":[{"kind","status","target","description"}]} — quorumctl's --json output.
    QJsonObject toJson() const;
};

/// Compares @p batch with the database without writing. Item identity (what "already
/// there" means): a model by name; a version by model and number; an evaluation by version,
/// metric, split, segment, window, value and source; a drift observation by version, feature,
/// statistic, window, value and source; a fairness report by version, attribute, split, source
/// and group counts; a model card by its content equal (as JSON) to the latest revision.
/// Throws ImportError(Target) naming the item when a version is neither in the database nor
/// in the batch, or a new model's owner is not a person in the database.
ImportPlan planImport(Database &db, const ImportBatch &batch);

} // namespace Quorum
