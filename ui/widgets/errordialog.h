// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Quorum::Ui {

/// A critical message box for a failure the user must know about: the user-facing message
/// (which names the file and says what to do) and the technical detail behind
/// "Show Details…". It is window-modal and shown with open(), so nothing waits on it.
class ErrorDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDialog)

public:
    ErrorDialog(const QString &title, const QString &message, const QString &detail,
                QWidget *parent);

    /// Opens a new dialog over @p parent; it deletes itself when closed.
    static ErrorDialog *showError(QWidget *parent, const QString &title, const QString &message,
                                  const QString &detail = {});
};

} // namespace Quorum::Ui
