// SPDX-License-Identifier: GPL-3.0-or-later
#include "packverifypanel.h"

#include "reports/reportjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

const QString kFolderKey = QStringLiteral("reports/verifyFolder");
constexpr int kBusyBarWidth = 120;

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

PackVerifyPanel::PackVerifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_job(new ReportJob(this))
    , m_choose(new QPushButton(tr("&Verify Pack…")))
    , m_file(new QLabel)
    , m_busy(new QProgressBar)
    , m_result(new QLabel)
    , m_details(new QLabel)
    , m_problems(new QListWidget)
{
    setObjectName(QStringLiteral("packVerifyPanel"));
    m_choose->setObjectName(QStringLiteral("chooseAndVerifyPack"));
    m_choose->setToolTip(tr("Check an audit pack's manifest, signatures and audit events, "
                            "without the database"));
    m_file->setObjectName(QStringLiteral("packFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(kBusyBarWidth);
    m_busy->hide();
    m_result->setObjectName(QStringLiteral("packResult"));
    m_result->setWordWrap(true);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_details->setObjectName(QStringLiteral("packDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("packProblems"));
    m_problems->setAccessibleName(tr("Files that fail verification"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_file, 1);
    top->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(m_details);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    m_result->setText(tr("Choose an audit pack (.zip) to check that every file in it is as "
                         "exported and signed."));

    connect(m_choose, &QPushButton::clicked, this, &PackVerifyPanel::chooseAndVerify);
    connect(m_job, &ReportJob::succeeded, this, [this](const ReportOutput &output) {
        setBusy(false);
        if (output.pack) {
            showReport(*output.pack);
        }
    });
    connect(m_job, &ReportJob::failed, this, &PackVerifyPanel::showFailure);
}

PackVerifyPanel::~PackVerifyPanel() = default;

void PackVerifyPanel::chooseAndVerify()
{
    QSettings settings;
    const QString folder
        = settings
              .value(kFolderKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify an Audit Pack"), folder,
                                                      tr("Audit packs (*.zip)"));
    if (!path.isEmpty()) {
        settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
        verify(path);
    }
}

void PackVerifyPanel::verify(const QString &zipPath)
{
    m_file->setText(QDir::toNativeSeparators(zipPath));
    m_result->setText(tr("Verifying %1…").arg(QFileInfo(zipPath).fileName()));
    setTextColor(m_result, palette().color(QPalette::WindowText));
    m_details->clear();
    m_problems->clear();
    m_problems->hide();
    setBusy(true);
    m_job->start([zipPath](const JobProgress &) {
        ReportOutput output;
        output.pack = Reports::verifyAuditPack(zipPath);
        return output;
    });
}

bool PackVerifyPanel::isBusy() const
{
    return m_job->isRunning();
}

void PackVerifyPanel::showReport(const Reports::PackReport &report)
{
    m_report = report;
    if (report.holds()) {
        m_result->setText(tr("✓ Pack verified: %1 files, %2 signatures")
                              .arg(report.filesChecked)
                              .arg(report.signaturesChecked));
        setTextColor(m_result, QColor(0x1e, 0x7b, 0x34));
    } else {
        const auto count = static_cast<int>(report.problems.size());
        m_result->setText(count == 1 ? tr("✗ The pack does not verify: 1 problem")
                                     : tr("✗ The pack does not verify: %1 problems").arg(count));
        setTextColor(m_result, QColor(0xb0, 0x1c, 0x1c));
    }
    m_details->setText(tr("Scope: %1 · exported by %2 at %3 · %4 audit events checked")
                           .arg(report.scope, report.exporterName, report.generatedAt)
                           .arg(report.auditEventsChecked));
    m_problems->clear();
    for (const Reports::PackProblem &problem : report.problems) {
        m_problems->addItem(tr("%1 — %2").arg(problem.file, problem.reason));
    }
    m_problems->setVisible(!report.problems.empty());
    Q_EMIT verified(report.holds());
}

void PackVerifyPanel::showFailure(const ReportFailure &failure)
{
    setBusy(false);
    m_report.reset();
    m_result->setText(tr("✗ %1").arg(failure.message));
    setTextColor(m_result, QColor(0xb0, 0x1c, 0x1c));
    Q_EMIT failed(failure.message, failure.detail);
}

void PackVerifyPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_choose->setEnabled(!busy);
}

} // namespace Quorum::Ui
