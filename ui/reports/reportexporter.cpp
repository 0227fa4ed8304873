// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "document/reportcontext.h"
#include "reports/exportkeydialog.h"
#include "reports/reportjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Quorum::Ui {

namespace {

const QString kFolderKey = QStringLiteral("reports/exportFolder");
const QString kKeyFileKey = QStringLiteral("reports/keyFile");

} // namespace

ReportExporter::ReportExporter(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_job(new ReportJob(this))
{
    connect(m_job, &ReportJob::progressed, this, &ReportExporter::progressed);
}

void ReportExporter::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

void ReportExporter::setKeySuggestion(std::function<QString()> suggestion)
{
    m_keySuggestion = std::move(suggestion);
}

QString ReportExporter::suggestedPath(const QString &fileName)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(QSettings().value(kFolderKey, documents).toString()).filePath(fileName);
}

void ReportExporter::exportWithDialog(const ReportRequest &request)
{
    const QString suffix = exportFormatSuffix(request.format);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export %1").arg(reportKindName(request.kind)),
        suggestedPath(request.defaultFileName()), exportFormatFilter(request.format));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0
        && !(request.format == ExportFormat::Html
             && QFileInfo(path).suffix().compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0)) {
        path += QLatin1Char('.') + suffix;
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportTo(request, path);
}

void ReportExporter::exportTo(const ReportRequest &request, const QString &path,
                              std::optional<ExportKey> key)
{
    if (request.kind == ReportKind::AuditPack && !key) {
        askKey(request, path, {});
        return;
    }
    start(request, path, key);
}

void ReportExporter::askKey(const ReportRequest &request, const QString &path,
                            const QString &message)
{
    QString keyFile = QSettings().value(kKeyFileKey).toString();
    if (keyFile.isEmpty() && m_keySuggestion) {
        keyFile = m_keySuggestion();
    }
    auto *dialog = new ExportKeyDialog(keyFile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!message.isEmpty()) {
        dialog->setMessage(message);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, request, path] {
        const ExportKey key = dialog->key();
        QSettings().setValue(kKeyFileKey, key.p12Path);
        start(request, path, key);
    });
    dialog->open();
}

void ReportExporter::start(const ReportRequest &request, const QString &path,
                           const std::optional<ExportKey> &key)
{
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    if (!db) {
        Q_EMIT failed(tr("No database is open: open one to export its reports."), {});
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The job's connections live as long as this run: a retry makes new ones.
    disconnect(m_job, &ReportJob::succeeded, this, nullptr);
    disconnect(m_job, &ReportJob::failed, this, nullptr);
    connect(m_job, &ReportJob::succeeded, this,
            [this](const ReportOutput &output) { Q_EMIT written(output.path, output.summary); });
    connect(m_job, &ReportJob::failed, this,
            [this, request, absolute](const ReportFailure &failure) {
                switch (failure.kind) {
                case ReportFailure::Kind::Cancelled:
                    Q_EMIT cancelled(absolute);
                    break;
                case ReportFailure::Kind::WrongPassphrase:
                    Q_EMIT keyRejected(failure.message);
                    askKey(request, absolute, tr("%1 Type it again.").arg(failure.message));
                    break;
                case ReportFailure::Kind::Failed:
                    Q_EMIT failed(failure.message, failure.detail);
                    break;
                }
            });
    Q_EMIT started(absolute);
    m_job->start(*db,
                 [request, absolute, key, context = Reports::ReportContext::system()](
                     Database &worker, const JobProgress &progress) {
                     return exportReport(worker, request, absolute, key, context, progress);
                 });
}

void ReportExporter::cancel()
{
    m_job->cancel();
}

bool ReportExporter::isRunning() const
{
    return m_job->isRunning();
}

} // namespace Quorum::Ui
