// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace Quorum::Ui {

namespace {

constexpr std::array kAllChangeKinds{ChangeKind::Model,      ChangeKind::Version,
                                     ChangeKind::Evaluation, ChangeKind::Drift,
                                     ChangeKind::Fairness,   ChangeKind::ModelCard};

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ImportSummary", text);
}

/// "15 drift observations, 3 evaluations" for the items of @p plan with @p status (with
/// "new " before each count when @p prefix says so).
QStringList counts(const ImportPlan &plan, ChangeStatus status, const QString &prefix = {})
{
    QStringList parts;
    for (const ChangeKind kind : kAllChangeKinds) {
        if (const int n = plan.count(kind, status); n > 0) {
            parts << QStringLiteral("%1 %2%3").arg(n).arg(prefix, changeNoun(kind, n));
        }
    }
    return parts;
}

QString warnings(const ImportPlan &plan)
{
    const auto n = plan.warnings.size();
    if (n == 0) {
        return {};
    }
    return QStringLiteral(" · ")
        + (n == 1 ? tr("1 warning") : tr("%1 warnings").arg(static_cast<int>(n)));
}

} // namespace

QString changeNoun(ChangeKind kind, int count)
{
    const bool one = count == 1;
    switch (kind) {
    case ChangeKind::Model:
        return one ? tr("model") : tr("models");
    case ChangeKind::Version:
        return one ? tr("version") : tr("versions");
    case ChangeKind::Evaluation:
        return one ? tr("evaluation") : tr("evaluations");
    case ChangeKind::Drift:
        return one ? tr("drift observation") : tr("drift observations");
    case ChangeKind::Fairness:
        return one ? tr("fairness report") : tr("fairness reports");
    case ChangeKind::ModelCard:
        return one ? tr("model card revision") : tr("model card revisions");
    }
    return {};
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Model:
        return tr("Model");
    case ChangeKind::Version:
        return tr("Version");
    case ChangeKind::Evaluation:
        return tr("Evaluation");
    case ChangeKind::Drift:
        return tr("Drift observation");
    case ChangeKind::Fairness:
        return tr("Fairness report");
    case ChangeKind::ModelCard:
        return tr("Model card");
    }
    return {};
}

QString changeStatusName(ChangeStatus status)
{
    return status == ChangeStatus::New ? tr("New") : tr("Unchanged");
}

QString previewSummary(const ImportPlan &plan)
{
    if (plan.changes.empty()) {
        return tr("The source holds nothing to import") + warnings(plan);
    }
    if (!plan.changesSomething()) {
        return tr("Nothing new: the database already holds %1")
                   .arg(counts(plan, ChangeStatus::Unchanged).join(QStringLiteral(", ")))
            + warnings(plan);
    }
    const int unchanged = static_cast<int>(plan.changes.size()) - plan.newCount();
    return tr("%1, %2 unchanged")
               .arg(counts(plan, ChangeStatus::New, tr("new ")).join(QStringLiteral(", ")))
               .arg(unchanged)
        + warnings(plan);
}

QString importedSummary(const ImportPlan &plan)
{
    if (!plan.changesSomething()) {
        return tr("Nothing was imported: the database already holds everything in the source.");
    }
    return tr("Imported %1").arg(counts(plan, ChangeStatus::New).join(QStringLiteral(", ")));
}

} // namespace Quorum::Ui
