// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsarea.h"

#include "settings/signingidentity.h"
#include "widgets/backgroundwork.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kColumnWidth = 820;

QString groupedFingerprint(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QString validityText(const CertificateInfo &c)
{
    const QLocale locale;
    const QString range = SettingsArea::tr("%1 to %2")
                              .arg(locale.toString(c.notBefore.toUTC().date(), QLocale::LongFormat),
                                   locale.toString(c.notAfter.toUTC().date(), QLocale::LongFormat));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now > c.notAfter) {
        return SettingsArea::tr("%1 — expired: it can no longer sign").arg(range);
    }
    if (now < c.notBefore) {
        return SettingsArea::tr("%1 — not valid yet").arg(range);
    }
    return SettingsArea::tr("%1 — valid now").arg(range);
}

QString rolesText(const Person &person)
{
    QStringList roles;
    for (const Role role : person.roles) {
        roles << roleLabel(role);
    }
    return roles.isEmpty() ? SettingsArea::tr("no roles") : roles.join(QStringLiteral(", "));
}

} // namespace

SettingsArea::SettingsArea(SigningIdentity *identity, QWidget *parent)
    : QWidget(parent)
    , m_identity(identity)
{
    setObjectName(QStringLiteral("settingsArea"));
    auto *title = new QLabel(tr("Settings"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *column = new QWidget;
    column->setMaximumWidth(kColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addWidget(createIdentitySection());
    columnLayout->addStretch(1);

    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->addWidget(column, 1);
    contentLayout->addStretch(0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_identity, &SigningIdentity::keyChanged, this, &SettingsArea::showIdentity);
    connect(m_identity, &SigningIdentity::resolved, this, &SettingsArea::showIdentity);
    showIdentity();
}

QWidget *SettingsArea::createIdentitySection()
{
    auto *group = new QGroupBox(tr("Signing identity"));
    auto *intro = new QLabel(
        tr("Quorum signs your decisions with the private key in a PKCS#12 file (.p12). The key "
           "never leaves the file: Quorum remembers where the file is and its certificate, "
           "never the passphrase, which it asks each time you sign."));
    intro->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyFile = addRow(tr("Key file"), QStringLiteral("identityKeyFile"));
    m_name = addRow(tr("Name"), QStringLiteral("identityName"));
    m_email = addRow(tr("E-mail"), QStringLiteral("identityEmail"));
    m_fingerprint = addRow(tr("SHA-256 fingerprint"), QStringLiteral("identityFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_validity = addRow(tr("Valid"), QStringLiteral("identityValidity"));
    m_person = addRow(tr("In this database"), QStringLiteral("identityPerson"));

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("identityMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();

    m_choose = new QPushButton(tr("&Choose Key File…"));
    m_choose->setObjectName(QStringLiteral("chooseKeyButton"));
    connect(m_choose, &QPushButton::clicked, this, &SettingsArea::chooseKeyFile);
    m_forget = new QPushButton(tr("&Forget"));
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forget->setToolTip(tr("Stop using this key file (the file itself is left alone)"));
    connect(m_forget, &QPushButton::clicked, m_identity, &SigningIdentity::forget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    return group;
}

QLabel *SettingsArea::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *caption = new QLabel(tr("%1:").arg(label));
    caption->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(caption, value);
    return value;
}

void SettingsArea::chooseKeyFile()
{
    const QString folder = m_identity->hasKey()
        ? QFileInfo(m_identity->keyPath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose Your Signing Key"), folder,
                                       tr("PKCS#12 key files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        askPassphrase(path, {});
    }
}

void SettingsArea::askPassphrase(const QString &p12Path, const QString &problem)
{
    QString prompt = tr("Passphrase of %1, to read its certificate (it is not stored):")
                         .arg(QFileInfo(p12Path).fileName());
    if (!problem.isEmpty()) {
        prompt = problem + QStringLiteral("\n\n") + prompt;
    }
    bool ok = false;
    const QString passphrase
        = QInputDialog::getText(this, tr("Open Signing Key"), prompt, QLineEdit::Password, {}, &ok);
    if (ok) {
        readKeyFile(p12Path, passphrase);
    }
}

void SettingsArea::readKeyFile(const QString &p12Path, const QString &passphrase)
{
    m_reading = true;
    m_choose->setEnabled(false);
    m_message->hide();
    runInBackground<CertificateInfo>(
        this, [p12Path, passphrase] { return Crypto::readCertificate(p12Path, passphrase); },
        [this, p12Path](CertificateInfo certificate) {
            m_reading = false;
            m_identity->setKey(QFileInfo(p12Path).absoluteFilePath(), certificate);
            showIdentity();
            Q_EMIT keyRead();
        },
        [this, p12Path](const WorkFailure &failure) {
            m_reading = false;
            m_message->setText(failure.message);
            m_message->show();
            showIdentity();
            Q_EMIT keyFailed(failure.message, failure.isWrongPassphrase());
            if (failure.isWrongPassphrase() && isVisible()) {
                askPassphrase(p12Path, failure.message);
            }
        });
}

void SettingsArea::showIdentity()
{
    const std::optional<CertificateInfo> &c = m_identity->certificate();
    const QString none = QStringLiteral("—");
    m_keyFile->setText(m_identity->hasKey() ? QDir::toNativeSeparators(m_identity->keyPath())
                                            : tr("No key file chosen yet"));
    m_name->setText(c ? c->commonName : none);
    m_email->setText(c && !c->email.isEmpty() ? c->email : none);
    m_fingerprint->setText(m_identity->hasKey() ? groupedFingerprint(m_identity->fingerprint())
                                                : none);
    m_validity->setText(c ? validityText(*c) : none);
    m_person->setText(personText());
    m_choose->setEnabled(!m_reading);
    m_forget->setEnabled(m_identity->hasKey() && !m_reading);
}

QString SettingsArea::personText() const
{
    const std::optional<CertificateInfo> &c = m_identity->certificate();
    switch (m_identity->status()) {
    case SigningIdentity::Status::NoKey:
        return tr("Choose the key file you sign with to see the requests awaiting you.");
    case SigningIdentity::Status::NoDatabase:
        return tr("No database is open.");
    case SigningIdentity::Status::Resolving:
        return tr("Looking the certificate up…");
    case SigningIdentity::Status::Failed:
        return tr("The database could not be read: %1").arg(m_identity->failure());
    case SigningIdentity::Status::Registered: {
        const Person &p = *m_identity->person();
        const QString who = tr("%1 <%2> · %3").arg(p.name, p.email, rolesText(p));
        return p.active ? who : tr("%1 (inactive: cannot sign)").arg(who);
    }
    case SigningIdentity::Status::NotRegistered:
        return tr("This certificate is not registered in this database, so you cannot sign in "
                  "it. An administrator registers it with:\nquorumctl --db \"%1\" person add "
                  "--name \"%2\" --email %3 --role ROLE --cert \"%4\"")
            .arg(QDir::toNativeSeparators(m_identity->databasePath()),
                 c ? c->commonName : tr("NAME"), c && !c->email.isEmpty() ? c->email : tr("EMAIL"),
                 QDir::toNativeSeparators(m_identity->keyPath()));
    }
    return {};
}

} // namespace Quorum::Ui
