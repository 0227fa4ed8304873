// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export audit-pack': a signed, self-verifying ZIP for a model, a version or a
// period (SPEC §5).
#include "builders/auditreportbuilder.h"
#include "console.h"
#include "crypto/cryptoerror.h"
#include "crypto/identity.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "exports.h"
#include "governanceinput.h"
#include "invocation.h"
#include "pack/auditpackwriter.h"
#include "passphraseprompt.h"
#include "reportcontextinput.h"
#include "storage/database.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli::Exports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ExportCommand", text);
}

QDate dateOption(const Invocation &invocation, const QString &option)
{
    const QString text = GovernanceInput::required(invocation, option);
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError(tr("--%1 needs a date as YYYY-MM-DD, not '%2'.").arg(option, text));
    }
    return date;
}

Reports::AuditScope scopeOf(const Invocation &invocation)
{
    const bool byModel = invocation.isSet(QStringLiteral("model"));
    const bool byPeriod
        = invocation.isSet(QStringLiteral("from")) || invocation.isSet(QStringLiteral("to"));
    if (byModel == byPeriod) {
        throw UsageError(tr("give the scope either as --model M [--version V] or as --from DATE "
                            "--to DATE."));
    }
    Reports::AuditScope scope;
    if (byModel) {
        scope.modelName = GovernanceInput::required(invocation, QStringLiteral("model"));
        scope.kind = Reports::AuditScope::Kind::Model;
        if (invocation.isSet(QStringLiteral("version"))) {
            scope.version = GovernanceInput::required(invocation, QStringLiteral("version"));
            scope.kind = Reports::AuditScope::Kind::Version;
        }
        return scope;
    }
    if (invocation.isSet(QStringLiteral("version"))) {
        throw UsageError(tr("--version goes with --model, not with a period."));
    }
    scope.kind = Reports::AuditScope::Kind::Period;
    scope.from = dateOption(invocation, QStringLiteral("from"));
    scope.to = dateOption(invocation, QStringLiteral("to"));
    if (scope.to < scope.from) {
        throw UsageError(
            tr("the period ends (--to %1) before it starts (--from %2).")
                .arg(scope.to.toString(Qt::ISODate), scope.from.toString(Qt::ISODate)));
    }
    return scope;
}

QString zipPath(const Invocation &invocation)
{
    const QString out = GovernanceInput::required(invocation, QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        throw UsageError(tr("--out %1: an audit pack is a ZIP file; name it FILE.zip.").arg(out));
    }
    return out;
}

/// @p message about the key file @p keyPath, naming it when the message does not already.
ExitCode keyProblem(const QString &keyPath, const QString &message)
{
    const QString name = QFileInfo(keyPath).fileName();
    Console::error(
        message.contains(name)
            ? tr("export: %1").arg(message)
            : tr("export: the key file %1 cannot be used: %2").arg(displayPath(keyPath), message));
    Console::err(tr("Nothing was written.\n"));
    return ExitCode::Database;
}

void printWritten(const Reports::AuditPackSummary &summary, const Reports::AuditScope &scope,
                  const CertificateInfo &exporter, bool json)
{
    if (json) {
        Console::json(QJsonDocument(QJsonObject{
            {QStringLiteral("file"), displayPath(summary.path)},
            {QStringLiteral("scope"), scope.describe()},
            {QStringLiteral("files"), summary.fileCount},
            {QStringLiteral("decisions"), summary.decisionCount},
            {QStringLiteral("approval_records"), summary.approvalRecordCount},
            {QStringLiteral("audit_events"), summary.auditEventCount},
            {QStringLiteral("exporter"),
             QJsonObject{{QStringLiteral("name"), exporter.commonName},
                         {QStringLiteral("fingerprint"), exporter.fingerprintSha256}}},
        }));
        return;
    }
    Console::out(tr("Wrote the audit pack of %1 to %2\n"
                    "  %3 files: %4 decision(s), %5 approval record(s), %6 audit event(s)\n"
                    "  manifest signed by %7 (certificate SHA-256 %8)\n"
                    "Check it with: quorumctl verify %2\n")
                     .arg(scope.describe(), displayPath(summary.path))
                     .arg(summary.fileCount)
                     .arg(summary.decisionCount)
                     .arg(summary.approvalRecordCount)
                     .arg(summary.auditEventCount)
                     .arg(exporter.commonName, exporter.fingerprintSha256));
}

} // namespace

ExitCode auditPack(const Invocation &invocation)
{
    const Reports::AuditScope scope = scopeOf(invocation);
    const QString out = zipPath(invocation);
    const QString keyPath = GovernanceInput::required(invocation, QStringLiteral("key"));
    const Reports::ReportContext context = reportContext();
    if (!QFileInfo(keyPath).isFile()) {
        return keyProblem(keyPath, tr("it does not exist."));
    }
    Database db = Database::open(invocation.databasePath());
    std::optional<Identity> exporter;
    try {
        exporter.emplace(Identity::load(
            keyPath, readPassphrase(keyPath, invocation.value(QStringLiteral("passphrase-file")))));
    } catch (const CryptoError &error) {
        return keyProblem(keyPath, error.message());
    }
    std::optional<Reports::AuditPackSummary> summary;
    try {
        const TerminalProgress terminal(tr("Audit pack")); // erased before the summary
        summary = Reports::writeAuditPack(db, scope, *exporter, out, context, terminal.progress());
    } catch (const Reports::ReportError &error) {
        if (error.kind() != Reports::ReportError::Kind::Signing) {
            throw;
        }
        return keyProblem(keyPath, error.message());
    }
    printWritten(*summary, scope, exporter->certificate(), invocation.json());
    return ExitCode::Success;
}

} // namespace Quorum::Cli::Exports
