// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Quorum::Ui {

class SigningIdentity;

/// The Settings area. Its "Signing identity" section chooses the PKCS#12 key file the user
/// signs with: the passphrase is asked once to read the key's certificate and never kept. It
/// shows the certificate (name, e-mail, fingerprint, validity) and who it belongs to in the
/// open database, or how to register it.
class SettingsArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsArea)

public:
    explicit SettingsArea(SigningIdentity *identity, QWidget *parent = nullptr);

    /// Reads the certificate of @p p12Path with @p passphrase on a worker thread and, when it
    /// opens, makes it the signing identity (keyRead()); otherwise reports keyFailed() and
    /// shows why. The file dialog and the passphrase prompt end here.
    void readKeyFile(const QString &p12Path, const QString &passphrase);

Q_SIGNALS:
    void keyRead();
    /// @p message is user-facing; @p wrongPassphrase when retyping it may help.
    void keyFailed(const QString &message, bool wrongPassphrase);

private:
    QWidget *createIdentitySection();
    QLabel *addRow(const QString &label, const QString &objectName);
    void chooseKeyFile();
    void askPassphrase(const QString &p12Path, const QString &problem);
    void showIdentity();
    QString personText() const;

    SigningIdentity *m_identity;
    QFormLayout *m_form = nullptr;
    QLabel *m_keyFile = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_forget = nullptr;
    bool m_reading = false;
};

} // namespace Quorum::Ui
