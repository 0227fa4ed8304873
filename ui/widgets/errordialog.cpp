// SPDX-License-Identifier: GPL-3.0-or-later
#include "errordialog.h"

namespace Quorum::Ui {

ErrorDialog::ErrorDialog(const QString &title, const QString &message, const QString &detail,
                         QWidget *parent)
    : QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, parent)
{
    setObjectName(QStringLiteral("errorDialog"));
    setTextFormat(Qt::PlainText);
    setWindowModality(Qt::WindowModal);
    if (!detail.isEmpty()) {
        setDetailedText(detail);
    }
}

ErrorDialog *ErrorDialog::showError(QWidget *parent, const QString &title, const QString &message,
                                    const QString &detail)
{
    auto *dialog = new ErrorDialog(title, message, detail, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Quorum::Ui
