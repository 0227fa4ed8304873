// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsarea.h"

#include "document/reportcontext.h"
#include "reports/exportstatus.h"
#include "reports/packverifypanel.h"
#include "reports/reportexporter.h"
#include "reports/reportjob.h"
#include "reports/reportpreview.h"
#include "reports/reportscopeform.h"
#include "reports/reportwork.h"
#include "settings/signingidentity.h"
#include "widgets/backgroundread.h"
#include "widgets/errordialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kBusyBarWidth = 120;
constexpr int kPreviewDelayMs = 300; // lets a burst of choices settle into one preview
constexpr int kChooserWidth = 380;

QLabel *heading(const QString &text, qreal scale = 1.0)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

ReportsArea::ReportsArea(QWidget *parent)
    : QWidget(parent)
    , m_previewJob(new ReportJob(this))
    , m_exporter(new ReportExporter(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsArea"));
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("reportsBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(kBusyBarWidth);
    m_busy->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *header = new QHBoxLayout;
    header->addWidget(heading(tr("Reports"), 1.6));
    header->addStretch(1);
    header->addWidget(m_busy);
    header->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(createChooser());
    split->addWidget(createPreviewPane());
    split->setStretchFactor(1, 1);
    split->setSizes({kChooserWidth, 900});
    m_exportStatus = new ExportStatus;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(m_exportStatus);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsArea::showPreview);
    connect(m_previewJob, &ReportJob::succeeded, this, &ReportsArea::onPreviewed);
    connect(m_previewJob, &ReportJob::failed, this, &ReportsArea::onPreviewFailed);
    createActions();
    connectExporter();
    m_kinds->setCurrentRow(0);
    clear();
}

ReportsArea::~ReportsArea() = default;

QWidget *ReportsArea::createChooser()
{
    m_kinds = new QListWidget;
    m_kinds->setObjectName(QStringLiteral("reportList"));
    m_kinds->setAccessibleName(tr("Report"));
    for (const ReportKind kind : kAllReportKinds) {
        auto *item = new QListWidgetItem(reportKindName(kind), m_kinds);
        item->setData(Qt::UserRole, static_cast<int>(kind));
        item->setToolTip(reportKindDescription(kind));
    }
    m_kinds->setFixedHeight(m_kinds->sizeHintForRow(0) * m_kinds->count()
                            + 2 * m_kinds->frameWidth() + 4);
    auto *kindLabel = heading(tr("&Report"));
    kindLabel->setBuddy(m_kinds);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_scope = new ReportScopeForm;

    m_previewButton = new QPushButton(tr("&Preview"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Build the report again and show it (Ctrl+P)"));
    m_exportButton = new QPushButton(tr("&Export…"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the report to a file (Ctrl+E)"));
    m_exportButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *verify = new QPushButton(tr("&Verify Pack…"));
    verify->setObjectName(QStringLiteral("verifyPackButton"));
    verify->setToolTip(tr("Check an audit pack offline (Ctrl+Shift+V)"));

    auto *chooser = new QWidget;
    chooser->setMinimumWidth(kChooserWidth - 60);
    auto *layout = new QVBoxLayout(chooser);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kinds);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Scope and format")));
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(verify, 0, Qt::AlignLeft);

    connect(m_kinds, &QListWidget::currentRowChanged, this, &ReportsArea::onKindChanged);
    connect(m_scope, &ReportScopeForm::changed, this, &ReportsArea::onScopeChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsArea::showPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsArea::exportReport);
    connect(verify, &QPushButton::clicked, this, &ReportsArea::verifyPack);
    return chooser;
}

QWidget *ReportsArea::createPreviewPane()
{
    m_readiness = new QLabel;
    m_readiness->setObjectName(QStringLiteral("readinessSummary"));
    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    m_readiness->hide();
    m_preview = new ReportPreview;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_readiness);
    layout->addWidget(m_preview, 1);
    m_verify = new PackVerifyPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->addTab(page, tr("Preview"));
    m_tabs->addTab(m_verify, tr("Verify a Pack"));
    connect(m_verify, &PackVerifyPanel::failed, this, &ReportsArea::readFailed);
    return m_tabs;
}

void ReportsArea::createActions()
{
    auto *preview = new QAction(tr("Preview"), this);
    preview->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_P));
    preview->setShortcutContext(Qt::WindowShortcut);
    connect(preview, &QAction::triggered, this, [this] {
        if (m_previewButton->isEnabled()) {
            showPreview();
        }
    });
    auto *exportAction = new QAction(tr("Export…"), this);
    exportAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WindowShortcut);
    connect(exportAction, &QAction::triggered, this, [this] {
        if (m_exportButton->isEnabled()) {
            exportReport();
        }
    });
    auto *verify = new QAction(tr("Verify Pack…"), this);
    verify->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_V));
    verify->setShortcutContext(Qt::WindowShortcut);
    connect(verify, &QAction::triggered, this, &ReportsArea::verifyPack);
    addActions({preview, exportAction, verify});
}

void ReportsArea::connectExporter()
{
    connect(m_exporter, &ReportExporter::started, m_exportStatus, &ExportStatus::showRunning);
    connect(m_exporter, &ReportExporter::started, this, &ReportsArea::updateState);
    connect(m_exporter, &ReportExporter::progressed, m_exportStatus, &ExportStatus::showProgress);
    connect(m_exportStatus, &ExportStatus::cancelRequested, m_exporter, &ReportExporter::cancel);
    connect(m_exporter, &ReportExporter::written, this,
            [this](const QString &path, const QString &summary) {
                m_exportStatus->showWritten(path, summary);
                updateState();
                Q_EMIT exported(path);
            });
    connect(m_exporter, &ReportExporter::cancelled, this, [this] {
        m_exportStatus->showStopped(tr("Export cancelled; no file was written."));
        updateState();
        Q_EMIT exportCancelled();
    });
    connect(m_exporter, &ReportExporter::keyRejected, this, [this](const QString &message) {
        m_exportStatus->showStopped(message);
        updateState();
    });
    connect(m_exporter, &ReportExporter::failed, this,
            [this](const QString &message, const QString &detail) {
                m_exportStatus->showStopped(tr("The export failed; no file was written."));
                updateState();
                ErrorDialog::showError(this, tr("Could Not Export the Report"), message, detail);
                Q_EMIT exportFailed(message);
            });
}

void ReportsArea::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = source;
    m_exporter->setDatabaseSource(std::move(source));
}

void ReportsArea::setSigningIdentity(const SigningIdentity *identity)
{
    m_identity = identity;
    m_exporter->setKeySuggestion(
        [identity]() { return identity ? identity->keyPath() : QString(); });
}

const Database *ReportsArea::database() const
{
    return m_databaseSource ? m_databaseSource() : nullptr;
}

void ReportsArea::reload()
{
    const Database *db = database();
    if (!db) {
        clear();
        return;
    }
    const quint64 generation = ++m_readGeneration;
    setBusy(tr("Reading the models…"));
    readInBackground<std::vector<ScopeModel>>(
        this, *db, [](Database &worker) { return readScopeModels(worker); },
        [this, generation](std::vector<ScopeModel> models) {
            if (generation != m_readGeneration) {
                return;
            }
            m_hasModels = true;
            setIdle(models.empty() ? tr("The database has no models yet.") : QString());
            m_scope->setModels(std::move(models)); // asks for a preview
            updateState();
            Q_EMIT loaded();
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_readGeneration) {
                setIdle(tr("The models could not be read."));
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void ReportsArea::clear()
{
    ++m_readGeneration;
    m_hasModels = false;
    m_previewTimer->stop();
    m_previewJob->cancel();
    m_scope->setModels({});
    m_readiness->hide();
    m_preview->showMessage(tr("No database is open."));
    setIdle();
    updateState();
}

void ReportsArea::selectReport(ReportKind kind)
{
    m_kinds->setCurrentRow(static_cast<int>(kind));
}

ReportKind ReportsArea::currentReport() const
{
    return static_cast<ReportKind>(std::max(m_kinds->currentRow(), 0));
}

QString ReportsArea::readinessText() const
{
    return m_readiness->isHidden() ? QString() : m_readiness->text();
}

bool ReportsArea::isBusy() const
{
    return !m_busy->isHidden();
}

void ReportsArea::onKindChanged()
{
    const ReportKind kind = currentReport();
    m_description->setText(reportKindDescription(kind));
    m_scope->setKind(kind);
    onScopeChanged();
}

void ReportsArea::onScopeChanged()
{
    updateState();
    if (!m_hasModels) {
        return;
    }
    if (isVisible()) {
        m_previewTimer->start();
    } else {
        m_previewWanted = true;
    }
}

void ReportsArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewWanted) {
        m_previewWanted = false;
        m_previewTimer->start();
    }
}

void ReportsArea::updateState()
{
    const bool ready = m_hasModels && database() && m_scope->isComplete();
    m_previewButton->setEnabled(ready);
    m_exportButton->setEnabled(ready && !m_exporter->isRunning());
}

QString ReportsArea::exporterName() const
{
    if (m_identity && m_identity->person()) {
        return m_identity->person()->name;
    }
    if (m_identity && m_identity->certificate()) {
        return m_identity->certificate()->commonName;
    }
    return tr("the person exporting");
}

void ReportsArea::showPreview()
{
    m_previewTimer->stop();
    const Database *db = database();
    if (!db || !m_hasModels || !m_scope->isComplete()) {
        return;
    }
    const ReportRequest request = m_scope->request();
    const QString about = request.describe();
    setBusy(about.isEmpty()
                ? tr("Building the %1…").arg(reportKindName(request.kind))
                : tr("Building the %1 of %2…").arg(reportKindName(request.kind), about));
    m_previewJob->start(*db,
                        [request, name = exporterName(),
                         context = Reports::ReportContext::system()](Database &worker,
                                                                     const JobProgress &progress) {
                            return previewReport(worker, request, name, context, progress);
                        });
}

void ReportsArea::onPreviewed(const ReportOutput &output)
{
    setIdle();
    m_readiness->setText(output.readiness);
    m_readiness->setVisible(!output.readiness.isEmpty());
    if (output.preview) {
        m_preview->showPage(*output.preview);
    }
    m_tabs->setCurrentIndex(0);
    Q_EMIT previewShown();
}

void ReportsArea::onPreviewFailed(const ReportFailure &failure)
{
    if (failure.kind == ReportFailure::Kind::Cancelled) {
        setIdle();
        return;
    }
    setIdle(tr("No preview."));
    m_readiness->hide();
    m_preview->showMessage(failure.message);
    Q_EMIT previewShown();
}

void ReportsArea::exportReport()
{
    if (m_scope->isComplete()) {
        m_exporter->exportWithDialog(m_scope->request());
    }
}

void ReportsArea::exportTo(const QString &path)
{
    m_exporter->exportTo(m_scope->request(), path);
}

void ReportsArea::cancelExport()
{
    m_exporter->cancel();
}

void ReportsArea::verifyPack()
{
    m_tabs->setCurrentWidget(m_verify);
    m_verify->chooseAndVerify();
}

void ReportsArea::setBusy(const QString &text)
{
    m_busy->show();
    m_status->setText(text);
}

void ReportsArea::setIdle(const QString &text)
{
    m_busy->hide();
    m_status->setText(text);
}

} // namespace Quorum::Ui
