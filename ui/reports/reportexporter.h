// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportrequest.h"
#include "reports/reportwork.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

class ReportJob;

/// Exports a report to a file: asks where (the Documents folder first, then the folder used
/// last), asks for the signing key of an audit pack, and writes the file on a worker with its
/// own database connection, reporting progress; cancel() stops it and leaves no file. A wrong
/// passphrase asks for the key again.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    /// @p window is the parent of the dialogs.
    explicit ReportExporter(QWidget *window);

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// The key file to suggest for signing a pack when none was used yet.
    void setKeySuggestion(std::function<QString()> suggestion);

    /// Asks for the file to write, then exportTo().
    void exportWithDialog(const ReportRequest &request);
    /// Exports @p request to @p path; an audit pack first asks for the key (unless @p key).
    void exportTo(const ReportRequest &request, const QString &path,
                  std::optional<ExportKey> key = std::nullopt);
    void cancel();
    bool isRunning() const;

    /// @p fileName in the folder an export suggests (the last used, else Documents).
    static QString suggestedPath(const QString &fileName);

Q_SIGNALS:
    void started(const QString &path);
    void progressed(int done, int total, const QString &step);
    /// @p path is written; @p summary says what it holds (may be empty).
    void written(const QString &path, const QString &summary);
    /// The user cancelled; nothing was written.
    void cancelled(const QString &path);
    void failed(const QString &message, const QString &detail);
    /// The key's passphrase was wrong; the key dialog asks again.
    void keyRejected(const QString &message);

private:
    void askKey(const ReportRequest &request, const QString &path, const QString &message);
    void start(const ReportRequest &request, const QString &path,
               const std::optional<ExportKey> &key);

    QWidget *m_window;
    ReportJob *m_job;
    std::function<const Database *()> m_databaseSource;
    std::function<QString()> m_keySuggestion;
};

} // namespace Quorum::Ui
