// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl verify': walks the whole audit trail and checks every signed decision and
// checkpoint, naming each one that does not hold; 'verify PACK.zip' checks an audit pack
// offline (packverify.h).
#include "audit/chainverifier.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/decisionverifier.h"
#include "invocation.h"
#include "packverify.h"
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
    QString summary() const override
    {
        return tr("Verify the audit trail and every signature of a database, or an\naudit "
                  "pack");
    }
    QString description() const override
    {
        return tr("Walks every audit event in order, recomputes its SHA-256 over its canonical\n"
                  "content and checks that it links to the event before it, without relying on\n"
                  "the database's own guards. Then checks every signed decision and audit\n"
                  "checkpoint: the CMS signature over the stored statement with the signer's\n"
                  "registered certificate, and that the statement still matches the record (an\n"
                  "edited decision or request, a signature copied onto another decision, a cut\n"
                  "trail all fail). Names each event, decision and checkpoint that does not\n"
                  "hold and why. Reads only.\n"
                  "'verify PACK.zip' checks an audit pack made by 'export audit-pack' offline,\n"
                  "with nothing but the pack: a FILE whose name ends in .zip or that starts\n"
                  "with the ZIP signature is a pack; any other FILE is a database. It checks\n"
                  "that the archive is safe (no entry escapes its folder), the signature of\n"
                  "MANIFEST.json, every file's SHA-256 and size against it (and that nothing\n"
                  "was added), every decision's CMS signature, the approval records against\n"
                  "the signed statements, and the audit events' hashes and chain. Prints one\n"
                  "line per check group and every problem as \"FAIL <file>: <reason>\".");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] verify [--json]"),
                QStringLiteral("verify FILE [--json]"), QStringLiteral("verify PACK.zip [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {
            {QStringLiteral("FILE"), tr("An audit pack (.zip) or a database (instead of --db).")}};
    }
    qsizetype requiredArguments() const override { return 0; }
    QString failureMeaning() const override
    {
        return tr("the audit trail, a signature or a file of the pack does not hold");
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {
            {ExitCode::Database, tr("database error; the pack does not exist or cannot be read")},
            {ExitCode::BadInput, tr("the pack is not a ZIP archive")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QStringList positional = invocation.positionalArguments();
        QString path;
        if (!positional.isEmpty()) {
            path = positional.constFirst();
            if (invocation.isSet(QStringLiteral("db"))) {
                throw UsageError(
                    PackVerify::isPack(path)
                        ? tr("an audit pack is verified without a database: leave out --db.")
                        : tr("give the database once: as FILE or with --db."));
            }
            if (PackVerify::isPack(path)) {
                return PackVerify::verify(path, invocation.json());
            }
        } else {
            path = invocation.databasePath();
        }
        OpenOptions options;
        options.check = OpenCheck::None; // report damage below rather than refuse the file
        Database db = Database::open(path, options);
        const ChainReport chain = verifyChain(db);
        const SignatureReport signatures = verifySignatures(db);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(db, chain, signatures)));
        } else {
            Console::out(toText(db, chain, signatures));
        }
        return chain.holds() && signatures.holds() ? ExitCode::Success : ExitCode::Failed;
    }

private:
    static QString subjectKey(const SignatureProblem &problem)
    {
        return problem.subject == SignatureProblem::Subject::Decision
            ? QStringLiteral("decision")
            : QStringLiteral("checkpoint");
    }

    static QJsonObject toJson(const Database &db, const ChainReport &chain,
                              const SignatureReport &signatures)
    {
        QJsonArray problems;
        for (const ChainProblem &problem : chain.problems) {
            problems.append(QJsonObject{{QStringLiteral("seq"), problem.seq},
                                        {QStringLiteral("reason"), problem.reason}});
        }
        QJsonArray signatureProblems;
        for (const SignatureProblem &problem : signatures.problems) {
            QJsonObject object{{QStringLiteral("subject"), subjectKey(problem)},
                               {QStringLiteral("id"), problem.id},
                               {QStringLiteral("reason"), problem.reason}};
            if (problem.subject == SignatureProblem::Subject::Decision) {
                object.insert(QStringLiteral("request_id"), problem.requestId);
            }
            signatureProblems.append(object);
        }
        return QJsonObject{
            {QStringLiteral("database"), db.path()},
            {QStringLiteral("ok"), chain.holds() && signatures.holds()},
            {QStringLiteral("events"), chain.eventCount},
            {QStringLiteral("head_seq"), chain.headSeq},
            {QStringLiteral("head_hash"), chain.headHash},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("signatures"),
             QJsonObject{{QStringLiteral("ok"), signatures.holds()},
                         {QStringLiteral("decisions"), signatures.decisionCount},
                         {QStringLiteral("checkpoints"), signatures.checkpointCount},
                         {QStringLiteral("problems"), signatureProblems}}},
        };
    }

    static QString problemText(const SignatureProblem &problem)
    {
        return problem.subject == SignatureProblem::Subject::Decision
            ? tr("  decision #%1 (request #%2): %3\n")
                  .arg(problem.id)
                  .arg(problem.requestId)
                  .arg(problem.reason)
            : tr("  checkpoint #%1: %2\n").arg(problem.id).arg(problem.reason);
    }

    static QString toText(const Database &db, const ChainReport &chain,
                          const SignatureReport &signatures)
    {
        QString text = tr("Database:     %1\n").arg(db.path());
        text += tr("Audit trail:  %n event(s), head #%1 %2\n", nullptr,
                   static_cast<int>(chain.eventCount))
                    .arg(chain.headSeq)
                    .arg(chain.headHash);
        for (const ChainProblem &problem : chain.problems) {
            text += tr("  event #%1: %2\n").arg(problem.seq).arg(problem.reason);
        }
        text += tr("Signatures:   %n decision(s)", nullptr, signatures.decisionCount)
            + tr(" and %n checkpoint(s) checked\n", nullptr, signatures.checkpointCount);
        for (const SignatureProblem &problem : signatures.problems) {
            text += problemText(problem);
        }
        const auto count = static_cast<int>(chain.problems.size() + signatures.problems.size());
        text += count == 0 ? tr("Result:       the audit trail and every signature hold\n")
                           : tr("Result:       %n problem(s) found\n", nullptr, count);
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace Quorum::Cli
