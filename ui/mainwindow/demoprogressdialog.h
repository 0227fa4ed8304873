// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProgressDialog>

namespace Quorum::Ui {

class DatabaseController;

/// Progress while the demo database is built. It follows the controller's progress and
/// closes and deletes itself when the work ends. Building cannot be cancelled: the demo is
/// written to a temporary file and renamed into place only when complete.
class DemoProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoProgressDialog)

public:
    DemoProgressDialog(DatabaseController *controller, QWidget *parent);
};

} // namespace Quorum::Ui
