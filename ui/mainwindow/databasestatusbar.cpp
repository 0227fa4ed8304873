// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasestatusbar.h"

#include "mainwindow/databasecontroller.h"
#include "storage/database.h"
#include "storage/databaseerror.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>

namespace Quorum::Ui {

namespace {

constexpr int kBusyBarWidth = 120;

} // namespace

DatabaseStatusBar::DatabaseStatusBar(DatabaseController *controller, QWidget *parent)
    : QStatusBar(parent)
    , m_controller(controller)
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_path(new QLabel(this))
    , m_schema(new QLabel(this))
    , m_journal(new QLabel(this))
{
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setMaximumWidth(kBusyBarWidth);
    m_busyBar->setTextVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyText"));
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schema->setObjectName(QStringLiteral("schemaVersion"));
    m_journal->setObjectName(QStringLiteral("journalMode"));

    addWidget(m_busyBar);
    addWidget(m_busyLabel);
    addPermanentWidget(m_path);
    addPermanentWidget(m_schema);
    addPermanentWidget(m_journal);
    showIdle();
    clearDatabase();

    connect(controller, &DatabaseController::busyStarted, this, [this](const QString &path) {
        showBusy(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    });
    connect(controller, &DatabaseController::demoBuildStarted, this,
            [this] { showBusy(tr("Building the demo database…")); });
    connect(controller, &DatabaseController::buildProgress, this, &DatabaseStatusBar::showProgress);
    connect(controller, &DatabaseController::busyFinished, this, &DatabaseStatusBar::showIdle);
    connect(controller, &DatabaseController::opened, this, &DatabaseStatusBar::showDatabase);
    connect(controller, &DatabaseController::closed, this, &DatabaseStatusBar::clearDatabase);
}

void DatabaseStatusBar::showBusy(const QString &text)
{
    m_busyBar->setRange(0, 0);
    m_busyLabel->setText(text);
    m_busyBar->show();
    m_busyLabel->show();
}

void DatabaseStatusBar::showProgress(int done, int total)
{
    m_busyBar->setRange(0, total);
    m_busyBar->setValue(done);
}

void DatabaseStatusBar::showIdle()
{
    m_busyBar->hide();
    m_busyLabel->hide();
    m_busyLabel->clear();
}

void DatabaseStatusBar::showDatabase()
{
    const Database *db = m_controller->database();
    m_path->setText(QDir::toNativeSeparators(db->path()));
    m_path->setToolTip(tr("The open governance database"));
    try {
        m_schema->setText(tr("Schema %1").arg(db->schemaVersion()));
    } catch (const DatabaseError &) {
        // The window reports read errors; the status bar only shows what it knows.
        m_schema->setText(tr("Schema unknown"));
    }
    m_journal->setText(tr("Journal: %1").arg(journalModeLabel(db->journalMode())));
    for (QLabel *label : {m_path, m_schema, m_journal}) {
        label->show();
    }
}

void DatabaseStatusBar::clearDatabase()
{
    for (QLabel *label : {m_path, m_schema, m_journal}) {
        label->clear();
        label->hide();
    }
}

} // namespace Quorum::Ui
