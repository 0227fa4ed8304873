// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportkeydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum::Ui {

ExportKeyDialog::ExportKeyDialog(const QString &keyPath, QWidget *parent)
    : QDialog(parent)
    , m_keyPath(new QLineEdit(QDir::toNativeSeparators(keyPath)))
    , m_passphrase(new QLineEdit)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("exportKeyDialog"));
    setWindowTitle(tr("Sign the Audit Pack"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("The pack's manifest is signed with your key, so an auditor can "
                                "check that nothing in it changed since you exported it."));
    intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("exportKeyMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_message->hide();

    m_keyPath->setObjectName(QStringLiteral("exportKeyPath"));
    m_keyPath->setAccessibleName(tr("Key file"));
    m_keyPath->setPlaceholderText(tr("Your PKCS#12 key file (.p12)"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportKeyDialog::browse);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(browse);
    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("The passphrase of your key file"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Key file:"), keyRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_keyPath, &QLineEdit::textChanged, this, &ExportKeyDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportKeyDialog::updateState);
    updateState();
    (keyPath.isEmpty() ? m_keyPath : m_passphrase)->setFocus();
}

void ExportKeyDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_passphrase->clear();
    m_passphrase->setFocus();
}

ExportKey ExportKeyDialog::key() const
{
    return {QDir::fromNativeSeparators(m_keyPath->text().trimmed()), m_passphrase->text()};
}

void ExportKeyDialog::browse()
{
    const QString current = key().p12Path;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Your Key File"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("PKCS#12 key files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        m_keyPath->setText(QDir::toNativeSeparators(path));
        m_passphrase->setFocus();
    }
}

void ExportKeyDialog::updateState()
{
    m_ok->setEnabled(!m_keyPath->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty());
}

} // namespace Quorum::Ui
