// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl verify': walks the whole audit trail and names every event that does not hold.
#include "audit/chainverifier.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "invocation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Verify the audit trail of a database"); }
    QString description() const override
    {
        return tr("Walks every audit event in order, recomputes its SHA-256 over its canonical\n"
                  "content and checks that it links to the event before it, without relying on\n"
                  "the database's own guards. Names each event that does not hold and why.\n"
                  "Reads only.");
    }
    QString failureMeaning() const override { return tr("the audit trail does not hold"); }

    ExitCode run(const Invocation &invocation) override
    {
        OpenOptions options;
        options.check = OpenCheck::None; // report damage below rather than refuse the file
        Database db = Database::open(invocation.databasePath(), options);
        const ChainReport report = verifyChain(db);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(db, report)));
        } else {
            Console::out(toText(db, report));
        }
        return report.holds() ? ExitCode::Success : ExitCode::Failed;
    }

private:
    static QJsonObject toJson(const Database &db, const ChainReport &report)
    {
        QJsonArray problems;
        for (const ChainProblem &problem : report.problems) {
            problems.append(QJsonObject{{QStringLiteral("seq"), problem.seq},
                                        {QStringLiteral("reason"), problem.reason}});
        }
        return QJsonObject{{QStringLiteral("database"), db.path()},
                           {QStringLiteral("ok"), report.holds()},
                           {QStringLiteral("events"), report.eventCount},
                           {QStringLiteral("head_seq"), report.headSeq},
                           {QStringLiteral("head_hash"), report.headHash},
                           {QStringLiteral("problems"), problems}};
    }

    static QString toText(const Database &db, const ChainReport &report)
    {
        QString text = tr("Database:     %1\n").arg(db.path());
        text += tr("Audit trail:  %n event(s), head #%1 %2\n", nullptr,
                   static_cast<int>(report.eventCount))
                    .arg(report.headSeq)
                    .arg(report.headHash);
        for (const ChainProblem &problem : report.problems) {
            text += tr("  event #%1: %2\n").arg(problem.seq).arg(problem.reason);
        }
        text += report.holds() ? tr("Result:       the audit trail holds\n")
                               : tr("Result:       %n problem(s) found\n", nullptr,
                                    static_cast<int>(report.problems.size()));
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace Quorum::Cli
