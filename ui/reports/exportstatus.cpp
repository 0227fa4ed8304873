// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportstatus.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

namespace Quorum::Ui {

namespace {

constexpr int kProgressWidth = 240;

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->hide();
    return b;
}

} // namespace

ExportStatus::ExportStatus(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar)
    , m_text(new QLabel)
    , m_cancel(button(tr("Cancel"), QStringLiteral("cancelExport")))
    , m_openFolder(button(tr("Open folder"), QStringLiteral("openExportFolder")))
    , m_openFile(button(tr("Open file"), QStringLiteral("openExportFile")))
{
    setObjectName(QStringLiteral("exportStatus"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setMaximumWidth(kProgressWidth);
    m_progress->hide();
    m_text->setObjectName(QStringLiteral("exportText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setAccessibleName(tr("Cancel the export"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_openFolder);
    layout->addWidget(m_openFile);
    hide();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    connect(m_openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
}

void ExportStatus::showRunning(const QString &path)
{
    m_path = path;
    show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_text->setText(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_openFolder->hide();
    m_openFile->hide();
}

void ExportStatus::showProgress(int done, int total, const QString &step)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!step.isEmpty() && m_cancel->isEnabled()) {
        m_text->setText(step);
    }
}

void ExportStatus::showWritten(const QString &path, const QString &summary)
{
    m_path = path;
    show();
    m_progress->hide();
    m_cancel->hide();
    QString text = tr("✓ Wrote %1.").arg(QDir::toNativeSeparators(path));
    if (!summary.isEmpty()) {
        text += QLatin1Char(' ') + summary;
    }
    m_text->setText(text);
    m_openFolder->show();
    m_openFile->show();
    m_openFolder->setFocus();
}

void ExportStatus::showStopped(const QString &text)
{
    show();
    m_progress->hide();
    m_cancel->hide();
    m_openFolder->hide();
    m_openFile->hide();
    m_text->setText(text);
}

QString ExportStatus::text() const
{
    return m_text->text();
}

} // namespace Quorum::Ui
