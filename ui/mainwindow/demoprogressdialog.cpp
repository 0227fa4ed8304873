// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprogressdialog.h"

#include "mainwindow/databasecontroller.h"

namespace Quorum::Ui {

DemoProgressDialog::DemoProgressDialog(DatabaseController *controller, QWidget *parent)
    : QProgressDialog(tr("Building the demo database. This happens only once."), QString(), 0, 0,
                      parent)
{
    setObjectName(QStringLiteral("demoProgressDialog"));
    setWindowTitle(tr("Demo Database"));
    // Modeless on purpose: a modal progress dialog runs a nested event loop in setValue().
    // The window's actions are disabled while the controller is busy anyway.
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    connect(controller, &DatabaseController::buildProgress, this, [this](int done, int total) {
        setRange(0, total);
        setValue(done);
    });
    connect(controller, &DatabaseController::busyFinished, this, &QWidget::close);
}

} // namespace Quorum::Ui
