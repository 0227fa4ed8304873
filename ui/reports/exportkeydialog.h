// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportwork.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Quorum::Ui {

/// Asks for the key an audit pack's manifest is signed with: the PKCS#12 key file (the
/// signing identity's by default) and its passphrase, as the sign dialog does. A wrong
/// passphrase brings the dialog back with the key kept and a message saying so.
class ExportKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportKeyDialog)

public:
    ExportKeyDialog(const QString &keyPath, QWidget *parent = nullptr);

    /// Shows @p text above the fields, e.g. why the passphrase must be typed again.
    void setMessage(const QString &text);
    ExportKey key() const;

private:
    void browse();
    void updateState();

    QLineEdit *m_keyPath;
    QLineEdit *m_passphrase;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace Quorum::Ui
