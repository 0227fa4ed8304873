// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportkind.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

class ExportStatus;
class PackVerifyPanel;
class ReportExporter;
class ReportJob;
class ReportPreview;
class ReportScopeForm;
class SigningIdentity;
struct ReportFailure;
struct ReportOutput;

/// The Reports area (SPEC §7): choose a report (Annex IV, audit pack, model card, fairness
/// report, release log), what it covers and its format; preview it (built on a worker, shown
/// with its charts; for Annex IV with the readiness counts); export it on a worker with
/// progress and Cancel, then open its folder or the file; and verify an audit pack offline.
/// The preview follows the choice while the area is visible.
class ReportsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsArea)

public:
    explicit ReportsArea(QWidget *parent = nullptr);
    ~ReportsArea() override;

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Whose key signs an audit pack by default, and who the audit report names as exporter.
    void setSigningIdentity(const SigningIdentity *identity);

    /// Reads the models and versions on a worker; loaded() or readFailed() follows.
    void reload();
    /// Shows nothing (no database is open).
    void clear();

    void selectReport(ReportKind kind);
    ReportKind currentReport() const;
    ReportScopeForm *scopeForm() const { return m_scope; }
    ReportPreview *preview() const { return m_preview; }
    PackVerifyPanel *packVerifyPanel() const { return m_verify; }
    ExportStatus *exportStatus() const { return m_exportStatus; }
    /// The readiness counts shown over an Annex IV preview, else empty.
    QString readinessText() const;
    bool isBusy() const;

    /// Builds the chosen report on a worker and shows it; previewShown() follows.
    void showPreview();
    /// Asks for the file and exports the chosen report to it.
    void exportReport();
    /// Exports the chosen report to @p path without asking for the file (an audit pack still
    /// asks for its key); exported(), exportCancelled() or exportFailed() follows.
    void exportTo(const QString &path);
    void cancelExport();
    /// Shows the pack verification and asks for a pack.
    void verifyPack();

Q_SIGNALS:
    /// The models are read (or there are none).
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// A preview is shown, or why there is none.
    void previewShown();
    void exported(const QString &path);
    void exportCancelled();
    void exportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createChooser();
    QWidget *createPreviewPane();
    void createActions();
    void connectExporter();
    void onKindChanged();
    void onScopeChanged();
    void updateState();
    void onPreviewed(const ReportOutput &output);
    void onPreviewFailed(const ReportFailure &failure);
    void setBusy(const QString &text);
    void setIdle(const QString &text = {});
    QString exporterName() const;
    const Database *database() const;

    std::function<const Database *()> m_databaseSource;
    const SigningIdentity *m_identity = nullptr;
    ReportJob *m_previewJob;
    quint64 m_readGeneration = 0;
    ReportExporter *m_exporter;
    QTimer *m_previewTimer;
    QListWidget *m_kinds = nullptr;
    QLabel *m_description = nullptr;
    ReportScopeForm *m_scope = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_readiness = nullptr;
    ReportPreview *m_preview = nullptr;
    PackVerifyPanel *m_verify = nullptr;
    ExportStatus *m_exportStatus = nullptr;
    bool m_hasModels = false;
    bool m_previewWanted = false; ///< the choice changed while hidden: preview when shown
};

} // namespace Quorum::Ui
