// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowmeta.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

} // namespace

QDateTime mlflowTime(const SourceNode &node)
{
    const std::optional<qint64> ms = node.optionalInteger();
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

QString mlflowText(const SourceNode &node)
{
    return node.optionalText().value_or(QString());
}

bool mlflowDeleted(const SourceNode &lifecycleStage)
{
    const QString stage = mlflowText(lifecycleStage);
    if (stage.isEmpty() || stage == QLatin1String("active")) {
        return false;
    }
    if (stage == QLatin1String("deleted")) {
        return true;
    }
    lifecycleStage.fail(tr("expected \"active\" or \"deleted\", found \"%1\"").arg(stage));
}

int mlflowRunStatus(const SourceNode &node)
{
    static const QStringList kNames{QStringLiteral("RUNNING"), QStringLiteral("SCHEDULED"),
                                    QStringLiteral("FINISHED"), QStringLiteral("FAILED"),
                                    QStringLiteral("KILLED")};
    const QString text = mlflowText(node).trimmed();
    if (text.isEmpty()) {
        return 1;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok && number >= 1 && number <= 5) {
        return number;
    }
    const qsizetype index = kNames.indexOf(text.toUpper());
    if (index >= 0) {
        return static_cast<int>(index) + 1;
    }
    node.fail(tr("expected a run status 1 to 5 (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED), "
                 "found \"%1\"")
                  .arg(text));
}

bool isMlflowRunId(const QString &name)
{
    if (name.size() != 32) {
        return false;
    }
    for (const QChar c : name) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex) {
            return false;
        }
    }
    return true;
}

} // namespace Quorum::Internal
