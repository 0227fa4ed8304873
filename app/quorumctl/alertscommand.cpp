// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl alerts': the monitoring alerts raised from the tier thresholds, and
// 'quorumctl alerts ack ID' to acknowledge one with a comment.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governanceinput.h"
#include "governancejson.h"
#include "invocation.h"
#include "oversight/alertrepository.h"
#include "oversight/alerttext.h"
#include "storage/database.h"
#include "storage/writetransaction.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject toJson(const Alert &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("model"), a.modelName},
        {QStringLiteral("version"), a.version.toString()},
        {QStringLiteral("tier"), tierNumber(a.tier)},
        {QStringLiteral("trigger"), alertTriggerKey(a.trigger)},
        {QStringLiteral("feature"), a.feature},
        {QStringLiteral("observed"), a.observed},
        {QStringLiteral("baseline"), number(a.baseline)},
        {QStringLiteral("measured"), a.measured},
        {QStringLiteral("threshold"), a.threshold},
        {QStringLiteral("severity"), alertSeverityKey(a.severity())},
        {QStringLiteral("window_start"), GovernanceJson::time(a.windowStart)},
        {QStringLiteral("window_end"), GovernanceJson::time(a.windowEnd)},
        {QStringLiteral("raised_at"), GovernanceJson::time(a.raisedAt)},
        {QStringLiteral("status"), alertStatusKey(a.status)},
        {QStringLiteral("acknowledged_by"),
         a.acknowledgedByName.isEmpty() ? QJsonValue() : QJsonValue(a.acknowledgedByName)},
        {QStringLiteral("acknowledged_at"), GovernanceJson::time(a.acknowledgedAt)},
        {QStringLiteral("comment"), a.isActive() ? QJsonValue() : QJsonValue(a.comment)},
    };
}

class AlertsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::AlertsCommand)

public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override
    {
        return tr("List monitoring alerts, or acknowledge one with a comment");
    }
    QString description() const override
    {
        return tr("Lists the monitoring alerts: production evidence that crossed the "
                  "monitoring\nthreshold of its model's risk tier (accuracy or recall decay "
                  "from the test\nbaseline, data or prediction drift PSI, missing-value "
                  "increase, calibration\ndrift). Alerts are raised when drift or evaluations "
                  "are recorded or imported.\nOnly active ones are listed unless --all is "
                  "given; newest window first.\n'alerts ack ID' acknowledges alert ID as the "
                  "person --as names, with the\nrequired --comment; the audit trail records "
                  "it.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] alerts [--model NAME] [--all] [--json]"),
                QStringLiteral("[--db FILE] alerts ack ID --comment TEXT --as EMAIL [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("ack"), tr("Acknowledge an alert instead of listing them.")},
                {QStringLiteral("ID"), tr("The alert's id, e.g. 12.")}};
    }
    qsizetype requiredArguments() const override { return 0; }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("model")}, tr("Only this model's alerts."),
                               QStringLiteral("NAME")),
            QCommandLineOption({QStringLiteral("all")},
                               tr("Acknowledged alerts too, with who and why.")),
            QCommandLineOption({QStringLiteral("comment")},
                               tr("Why the alert is acknowledged (required by 'ack')."),
                               QStringLiteral("TEXT")),
            QCommandLineOption({QStringLiteral("as")},
                               tr("Who acknowledges, by e-mail address (required by 'ack')."),
                               QStringLiteral("EMAIL")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::Failed, tr("no such model, alert or person")},
                {ExitCode::Refused,
                 tr("the alert was already acknowledged, or the person is no longer\n"
                    "active; nothing was stored")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QStringList arguments = invocation.positionalArguments();
        if (arguments.isEmpty()) {
            return list(invocation);
        }
        if (arguments.constFirst() != QLatin1String("ack")) {
            throw UsageError(
                tr("unknown action '%1': the only one is 'ack'.").arg(arguments.constFirst()));
        }
        if (arguments.size() < 2) {
            throw UsageError(tr("missing argument ID: which alert to acknowledge."));
        }
        return acknowledge(invocation, arguments.at(1));
    }

private:
    static ExitCode list(const Invocation &invocation)
    {
        for (const QString &option : {QStringLiteral("comment"), QStringLiteral("as")}) {
            if (invocation.isSet(option)) {
                throw UsageError(tr("--%1 belongs to 'alerts ack ID'.").arg(option));
            }
        }
        Database db = Database::open(invocation.databasePath());
        AlertFilter filter;
        filter.scope
            = invocation.isSet(QStringLiteral("all")) ? AlertScope::All : AlertScope::Active;
        if (invocation.isSet(QStringLiteral("model"))) {
            filter.modelId
                = GovernanceInput::modelByName(db, invocation.value(QStringLiteral("model"))).id;
        }
        const std::vector<Alert> alerts = AlertRepository(db).list(filter);
        if (invocation.json()) {
            QJsonArray rows;
            for (const Alert &alert : alerts) {
                rows.append(toJson(alert));
            }
            Console::json(QJsonDocument(rows));
        } else if (alerts.empty()) {
            Console::out(filter.scope == AlertScope::Active ? tr("No active alerts.\n")
                                                            : tr("No alerts.\n"));
        } else {
            Console::out(toText(alerts));
        }
        return ExitCode::Success;
    }

    static ExitCode acknowledge(const Invocation &invocation, const QString &idText)
    {
        for (const QString &option : {QStringLiteral("model"), QStringLiteral("all")}) {
            if (invocation.isSet(option)) {
                throw UsageError(
                    tr("--%1 lists alerts; 'alerts ack' takes an alert id.").arg(option));
            }
        }
        const qint64 id = alertId(idText);
        const QString comment = GovernanceInput::required(invocation, QStringLiteral("comment"));
        const QString email = GovernanceInput::required(invocation, QStringLiteral("as"));
        Database db = Database::open(invocation.databasePath());
        const Person person = GovernanceInput::personByEmail(db, email);
        WriteTransaction transaction(db, Actor::person(person.id, person.name));
        const Alert alert = AlertRepository(db).acknowledge(transaction, id, person.id, comment);
        transaction.commit();
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(alert)));
        } else {
            Console::out(tr("Acknowledged alert #%1 as %2: %3\n")
                             .arg(alert.id)
                             .arg(GovernanceInput::personLabel(person), alertSentence(alert)));
        }
        return ExitCode::Success;
    }

    static qint64 alertId(const QString &text)
    {
        QString digits = text.trimmed();
        if (digits.startsWith(QLatin1Char('#'))) {
            digits.remove(0, 1);
        }
        bool ok = false;
        const qint64 id = digits.toLongLong(&ok);
        if (!ok || id <= 0) {
            throw UsageError(tr("'%1' is not an alert id: give its number, e.g. 12.").arg(text));
        }
        return id;
    }

    static QString toText(const std::vector<Alert> &alerts)
    {
        TablePrinter table({tr("ID"), tr("SEVERITY"), tr("MODEL"), tr("VERSION"), tr("TRIGGER"),
                            tr("FEATURE"), tr("OBSERVED"), tr("WINDOW"), tr("STATUS")},
                           {TablePrinter::Align::Right});
        for (const Alert &a : alerts) {
            table.addRow({QStringLiteral("#%1").arg(a.id), alertSeverityKey(a.severity()),
                          a.modelName, a.version.toString(), alertTriggerKey(a.trigger), a.feature,
                          alertMeasureText(a), alertWindowText(a),
                          a.isActive() ? alertStatusKey(a.status)
                                       : tr("acknowledged by %1").arg(a.acknowledgedByName)});
        }
        return table.toString();
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsCommand()
{
    return std::make_unique<AlertsCommand>();
}

} // namespace Quorum::Cli
