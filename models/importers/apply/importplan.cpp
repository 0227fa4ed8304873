// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "batchresolver.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <array>

namespace Quorum {

namespace {

constexpr std::array kAllKinds{ChangeKind::Model, ChangeKind::Version,  ChangeKind::Evaluation,
                               ChangeKind::Drift, ChangeKind::Fairness, ChangeKind::ModelCard};

QString statusKey(ChangeStatus status)
{
    return status == ChangeStatus::New ? QStringLiteral("new") : QStringLiteral("unchanged");
}

QJsonObject countsByKind(const ImportPlan &plan, ChangeStatus status)
{
    QJsonObject counts;
    for (ChangeKind kind : kAllKinds) {
        counts.insert(changeKindKey(kind), plan.count(kind, status));
    }
    return counts;
}

} // namespace

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Model:
        return QStringLiteral("model");
    case ChangeKind::Version:
        return QStringLiteral("version");
    case ChangeKind::Evaluation:
        return QStringLiteral("evaluation");
    case ChangeKind::Drift:
        return QStringLiteral("drift");
    case ChangeKind::Fairness:
        return QStringLiteral("fairness");
    case ChangeKind::ModelCard:
        return QStringLiteral("model-card");
    }
    return {};
}

QString changeKindLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Model:
        return QCoreApplication::translate("Quorum::ImportPlan", "Models");
    case ChangeKind::Version:
        return QCoreApplication::translate("Quorum::ImportPlan", "Versions");
    case ChangeKind::Evaluation:
        return QCoreApplication::translate("Quorum::ImportPlan", "Evaluations");
    case ChangeKind::Drift:
        return QCoreApplication::translate("Quorum::ImportPlan", "Drift observations");
    case ChangeKind::Fairness:
        return QCoreApplication::translate("Quorum::ImportPlan", "Fairness reports");
    case ChangeKind::ModelCard:
        return QCoreApplication::translate("Quorum::ImportPlan", "Model cards");
    }
    return {};
}

int ImportPlan::count(ChangeKind changeKind, ChangeStatus status) const
{
    return static_cast<int>(
        std::count_if(changes.begin(), changes.end(), [&](const PlannedChange &change) {
            return change.kind == changeKind && change.status == status;
        }));
}

int ImportPlan::newCount() const
{
    return static_cast<int>(
        std::count_if(changes.begin(), changes.end(), [](const PlannedChange &change) {
            return change.status == ChangeStatus::New;
        }));
}

QJsonObject ImportPlan::toJson() const
{
    QJsonArray changeList;
    for (const PlannedChange &change : changes) {
        changeList.append(QJsonObject{{QStringLiteral("kind"), changeKindKey(change.kind)},
                                      {QStringLiteral("status"), statusKey(change.status)},
                                      {QStringLiteral("target"), change.target},
                                      {QStringLiteral("description"), change.description}});
    }
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("source"), source},
            {QStringLiteral("sha256"), sourceSha256},
            {QStringLiteral("new"), countsByKind(*this, ChangeStatus::New)},
            {QStringLiteral("unchanged"), countsByKind(*this, ChangeStatus::Unchanged)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("changes"), changeList}};
}

ImportPlan planImport(Database &db, const ImportBatch &batch)
{
    return Internal::resolveImport(db, batch).plan;
}

} // namespace Quorum
