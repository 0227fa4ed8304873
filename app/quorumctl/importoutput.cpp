// SPDX-License-Identifier: GPL-3.0-or-later
#include "importoutput.h"

#include <QCoreApplication>
#include <QDir>

#include <array>

namespace Quorum::Cli::ImportOutput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ImportCommand", text);
}

constexpr std::array kKinds{ChangeKind::Model, ChangeKind::Version,  ChangeKind::Evaluation,
                            ChangeKind::Drift, ChangeKind::Fairness, ChangeKind::ModelCard};

/// "1 evaluation", "15 drift observations".
QString countText(ChangeKind kind, int count)
{
    const bool one = count == 1;
    QString noun;
    switch (kind) {
    case ChangeKind::Model:
        noun = one ? tr("model") : tr("models");
        break;
    case ChangeKind::Version:
        noun = one ? tr("version") : tr("versions");
        break;
    case ChangeKind::Evaluation:
        noun = one ? tr("evaluation") : tr("evaluations");
        break;
    case ChangeKind::Drift:
        noun = one ? tr("drift observation") : tr("drift observations");
        break;
    case ChangeKind::Fairness:
        noun = one ? tr("fairness report") : tr("fairness reports");
        break;
    case ChangeKind::ModelCard:
        noun = one ? tr("model card revision") : tr("model card revisions");
        break;
    }
    return QString::number(count) + QLatin1Char(' ') + noun;
}

/// "15 drift observations, 2 evaluations", or "0".
QString countsText(const ImportPlan &plan, ChangeStatus status)
{
    QStringList parts;
    for (const ChangeKind kind : kKinds) {
        const int count = plan.count(kind, status);
        if (count > 0) {
            parts << countText(kind, count);
        }
    }
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
}

QString sourceText(const ImportRequest &request)
{
    return QDir::toNativeSeparators(request.path);
}

/// "Evidently report drift.json into fraud-detection@2.1.0".
QString whatText(const ImportRequest &request)
{
    QString what = importKindLabel(request.kind) + QLatin1Char(' ') + sourceText(request);
    if (request.target) {
        what += tr(" into %1").arg(request.target->label());
    }
    return what;
}

/// "+ drift age ks …": the change's target is named unless it is the version imported into.
QString changeLine(const PlannedChange &change, const ImportRequest &request)
{
    QString line
        = change.status == ChangeStatus::New ? QStringLiteral("    + ") : QStringLiteral("    = ");
    line += changeKindKey(change.kind) + QLatin1Char(' ');
    if (!request.target || change.target != request.target->label()) {
        line += change.target + QStringLiteral(": ");
    }
    return line + change.description + QLatin1Char('\n');
}

QString warningsText(const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        return {};
    }
    QString text = tr("  warnings:") + QLatin1Char('\n');
    for (const QString &warning : warnings) {
        text += QStringLiteral("    - ") + warning + QLatin1Char('\n');
    }
    return text;
}

QString nothingNewText(const ImportPlan &plan, const ImportRequest &request)
{
    const auto unchanged = static_cast<int>(plan.changes.size());
    if (unchanged == 0) {
        return tr("Nothing to import: %1 holds nothing Quorum imports.\n").arg(sourceText(request))
            + warningsText(plan.warnings);
    }
    const QString pattern = unchanged == 1
        ? tr("Nothing to import: everything in %1 is already in the database (%2 item "
             "unchanged).\n")
        : tr("Nothing to import: everything in %1 is already in the database (%2 items "
             "unchanged).\n");
    return pattern.arg(sourceText(request)).arg(unchanged) + warningsText(plan.warnings);
}

} // namespace

QString text(const ImportPlan &plan, const ImportRequest &request, bool dryRun)
{
    if (!plan.changesSomething()) {
        return nothingNewText(plan, request);
    }
    QString text = dryRun ? tr("Dry run: importing %1 would add:\n").arg(whatText(request))
                          : tr("Imported %1:\n").arg(whatText(request));
    text += tr("  new: %1\n").arg(countsText(plan, ChangeStatus::New));
    text += tr("  unchanged: %1\n").arg(countsText(plan, ChangeStatus::Unchanged));
    if (dryRun) {
        text += tr("  changes:") + QLatin1Char('\n');
        for (const PlannedChange &change : plan.changes) {
            text += changeLine(change, request);
        }
    }
    text += warningsText(plan.warnings);
    if (dryRun) {
        text += tr("Nothing was written.") + QLatin1Char('\n');
    }
    return text;
}

QJsonObject json(const ImportPlan &plan, bool dryRun)
{
    QJsonObject object = plan.toJson();
    object.insert(QStringLiteral("dry_run"), dryRun);
    object.insert(QStringLiteral("applied"), !dryRun && plan.changesSomething());
    return object;
}

} // namespace Quorum::Cli::ImportOutput
