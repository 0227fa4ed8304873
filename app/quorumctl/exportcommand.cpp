// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export approval-record REQUEST': the approval record of a decided request.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governanceinput.h"
#include "invocation.h"
#include "storage/approvalrecordrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Quorum::Cli {

namespace {

const QString kApprovalRecord = QStringLiteral("approval-record");

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Export the approval record of a request"); }
    QString description() const override
    {
        return tr("'export approval-record REQUEST' prints the approval record of a decided "
                  "release\nrequest (release SOP §3) exactly as stored in the database, the "
                  "same JSON as\nthe file written to approvals/ beside it: approval_id, "
                  "timestamp,\ndecision_mode, approved, approver, rationale, threshold_checks,\n"
                  "evaluation_summary, risk_summary, deployment_url, and every signature "
                  "(signer,\ntime, meaning, signed statement and CMS signature). With --out, "
                  "writes it to\nFILE instead (replacing it). A request that is pending, "
                  "withdrawn or expired\nhas no approval record.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] export approval-record REQUEST [--out FILE]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("WHAT"), tr("approval-record")},
                {QStringLiteral("REQUEST"), tr("The request's id, e.g. 12.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption({QStringLiteral("out")}, tr("Write to FILE instead of stdout."),
                                   QStringLiteral("FILE"))};
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::Failed,
                 tr("no such request, or it has no approval record (pending, withdrawn\n"
                    "or expired)")},
                {ExitCode::Database, tr("database error, or --out could not be written")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QString what = invocation.positionalArguments().constFirst();
        if (what != kApprovalRecord) {
            throw UsageError(
                tr("unknown export '%1': this version exports %2.").arg(what, kApprovalRecord));
        }
        const qint64 id = GovernanceInput::requestId(invocation.positionalArguments().at(1));
        Database db = Database::open(invocation.databasePath());
        const ReleaseRequest request = GovernanceInput::request(db, id);
        const std::optional<ApprovalRecord> record = ApprovalRecordRepository(db).forRequest(id);
        if (!record) {
            Console::error(request.status == RequestStatus::Pending
                               ? tr("request #%1 is pending: it has no approval record until it "
                                    "is decided.")
                                     .arg(id)
                               : tr("request #%1 is %2: it has no approval record (one is "
                                    "written when a request is approved, rejected or sent back "
                                    "for changes).")
                                     .arg(id)
                                     .arg(requestStatusLabel(request.status).toLower()));
            return ExitCode::Failed;
        }
        if (!invocation.isSet(QStringLiteral("out"))) {
            std::fwrite(record->json.constData(), 1, static_cast<std::size_t>(record->json.size()),
                        stdout);
            std::fflush(stdout);
            return ExitCode::Success;
        }
        return writeTo(invocation.value(QStringLiteral("out")), *record, invocation.json());
    }

private:
    static ExitCode writeTo(const QString &path, const ApprovalRecord &record, bool json)
    {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        QSaveFile file(absolute);
        if (!file.open(QIODevice::WriteOnly) || file.write(record.json) != record.json.size()
            || !file.commit()) {
            Console::error(tr("cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(absolute), file.errorString()));
            return ExitCode::Database;
        }
        if (json) {
            Console::json(QJsonDocument(
                QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(absolute)},
                            {QStringLiteral("approval_id"), record.approvalId},
                            {QStringLiteral("request_id"), record.requestId}}));
            return ExitCode::Success;
        }
        Console::out(tr("Wrote the approval record %1 of request #%2 to %3\n")
                         .arg(record.approvalId)
                         .arg(record.requestId)
                         .arg(QDir::toNativeSeparators(absolute)));
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace Quorum::Cli
