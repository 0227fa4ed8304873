// SPDX-License-Identifier: GPL-3.0-or-later
#include "packverify.h"

#include "console.h"
#include "document/reporterror.h"
#include "pack/packverifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli::PackVerify {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::VerifyCommand", text);
}

/// The first four bytes of @p path; empty when it cannot be read.
QByteArray signatureOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
}

bool isZipSignature(const QByteArray &head)
{
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

QJsonObject toJson(const Reports::PackReport &report)
{
    QJsonArray problems;
    for (const Reports::PackProblem &problem : report.problems) {
        problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                    {QStringLiteral("reason"), problem.reason}});
    }
    return QJsonObject{
        {QStringLiteral("pack"), report.path},
        {QStringLiteral("holds"), report.holds()},
        {QStringLiteral("scope"), report.scope},
        {QStringLiteral("exporter"),
         QJsonObject{{QStringLiteral("name"), report.exporterName},
                     {QStringLiteral("fingerprint"), report.exporterFingerprint}}},
        {QStringLiteral("generated_at"), report.generatedAt},
        {QStringLiteral("files_checked"), report.filesChecked},
        {QStringLiteral("signatures_checked"), report.signaturesChecked},
        {QStringLiteral("audit_events_checked"), report.auditEventsChecked},
        {QStringLiteral("problems"), problems},
    };
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString toText(const Reports::PackReport &report)
{
    QString text = tr("Pack:          %1\n").arg(QDir::toNativeSeparators(report.path));
    text += tr("Scope:         %1\n").arg(orDash(report.scope));
    text += tr("Exporter:      %1 (certificate SHA-256 %2)\n")
                .arg(orDash(report.exporterName), orDash(report.exporterFingerprint));
    text += tr("Generated at:  %1\n").arg(orDash(report.generatedAt));
    text += tr("Files:         %1 checked against MANIFEST.json (SHA-256 and size)\n")
                .arg(report.filesChecked);
    text += tr("Signatures:    %1 checked (each decision's and the manifest's)\n")
                .arg(report.signaturesChecked);
    text += tr("Audit events:  %1 checked (hashes and chain)\n").arg(report.auditEventsChecked);
    for (const Reports::PackProblem &problem : report.problems) {
        text += tr("FAIL %1: %2\n").arg(problem.file, problem.reason);
    }
    const auto count = static_cast<int>(report.problems.size());
    text += count == 0
        ? tr("Result:        the pack holds: every file, signature and audit "
             "event checks out\n")
        : tr("Result:        the pack does not hold: %1 problem(s) found\n").arg(count);
    return text;
}

/// The report of a pack the verifier refused to open as a whole (an unsafe archive).
Reports::PackReport refusedPack(const QString &path, const QString &reason)
{
    Reports::PackReport report;
    report.path = path;
    report.problems.push_back({QFileInfo(path).fileName(), reason});
    return report;
}

} // namespace

bool isPack(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
        || signatureOf(path) == QByteArrayLiteral("PK\x03\x04");
}

ExitCode verify(const QString &path, bool json)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (!QFileInfo(absolute).isFile()) {
        Console::error(tr("verify: the pack %1 does not exist.").arg(shown));
        return ExitCode::Database;
    }
    const QByteArray head = signatureOf(absolute);
    if (head.isEmpty() && QFileInfo(absolute).size() > 0) {
        Console::error(tr("verify: the pack %1 cannot be read.").arg(shown));
        return ExitCode::Database;
    }
    if (!isZipSignature(head)) {
        Console::error(tr("verify: %1 is not an audit pack: it is not a ZIP archive.").arg(shown));
        return ExitCode::BadInput;
    }
    Reports::PackReport report;
    try {
        report = Reports::verifyAuditPack(absolute);
    } catch (const Reports::ReportError &error) {
        if (error.kind() != Reports::ReportError::Kind::BadPack) {
            throw;
        }
        report = refusedPack(absolute, error.message());
    }
    if (json) {
        Console::json(QJsonDocument(toJson(report)));
    } else {
        Console::out(toText(report));
    }
    return report.holds() ? ExitCode::Success : ExitCode::Failed;
}

} // namespace Quorum::Cli::PackVerify
