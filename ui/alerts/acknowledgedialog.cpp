// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgedialog.h"

#include "desktop/statuscolour.h"
#include "oversight/alertrepository.h"
#include "oversight/alerttext.h"
#include "storage/writetransaction.h"
#include "widgets/backgroundwork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

QLabel *factLabel(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AcknowledgeDialog::AcknowledgeDialog(Alert alert, Person person,
                                     std::function<const Database *()> database, QWidget *parent)
    : QDialog(parent)
    , m_alert(std::move(alert))
    , m_person(std::move(person))
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge Alert #%1").arg(m_alert.id));
    setMinimumWidth(520);

    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("acknowledgeComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(
        tr("What you looked at and what is done about it (required, kept in the audit trail)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    auto *commentLabel = new QLabel(tr("&Comment:"));
    commentLabel->setBuddy(m_comment);

    auto *who = factLabel(tr("Acknowledged as %1 <%2>; the audit trail records it.")
                              .arg(m_person.name, m_person.email),
                          QStringLiteral("acknowledgeWho"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFacts());
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(who);
    layout->addWidget(createFooter());

    connect(m_comment, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateState);
    updateState();
    m_comment->setFocus();
}

QWidget *AcknowledgeDialog::createFacts()
{
    auto *facts = new QWidget;
    auto *form = new QFormLayout(facts);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Model:"),
                 factLabel(tr("%1 (%2), %3")
                               .arg(m_alert.modelDisplayName, m_alert.modelName,
                                    riskTierLabel(m_alert.tier))));
    form->addRow(tr("Version:"), factLabel(m_alert.version.toString()));
    form->addRow(tr("Trigger:"),
                 factLabel(tr("%1 · %2 (%3)")
                               .arg(alertTriggerLabel(m_alert.trigger), m_alert.feature,
                                    alertSeverityLabel(m_alert.severity()))));
    form->addRow(tr("Observed:"),
                 factLabel(alertMeasureText(m_alert), QStringLiteral("acknowledgeMeasure")));
    form->addRow(tr("Window:"), factLabel(alertWindowText(m_alert)));
    form->addRow(
        tr("Raised:"),
        factLabel(QLocale().toString(m_alert.raisedAt.toLocalTime(), QLocale::ShortFormat)));
    return facts;
}

QWidget *AcknowledgeDialog::createFooter()
{
    auto *footer = new QWidget;
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Acknowledging"));
    m_busy->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("acknowledgeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *buttons = new QDialogButtonBox;
    m_confirm = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmAcknowledgeButton"));
    m_confirm->setAccessibleName(tr("Acknowledge the alert"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_confirm, &QPushButton::clicked, this, &AcknowledgeDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &AcknowledgeDialog::reject);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    return footer;
}

void AcknowledgeDialog::updateState()
{
    const bool blank = m_comment->toPlainText().trimmed().isEmpty();
    m_confirm->setEnabled(!m_working && !blank);
    m_confirm->setToolTip(blank ? tr("Write a comment first: it is required.") : QString());
}

void AcknowledgeDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_comment->setReadOnly(busy);
    m_cancel->setEnabled(!busy);
    updateState();
}

void AcknowledgeDialog::confirm()
{
    const Database *db = m_database ? m_database() : nullptr;
    const QString comment = m_comment->toPlainText().trimmed();
    if (!db || m_working || comment.isEmpty()) {
        return;
    }
    m_message->hide();
    setBusy(true);
    runWithDatabase<Alert>(
        this, *db,
        [id = m_alert.id, person = m_person, comment](Database &worker) {
            WriteTransaction transaction(worker, Actor::person(person.id, person.name));
            Alert alert = AlertRepository(worker).acknowledge(transaction, id, person.id, comment);
            transaction.commit();
            return alert;
        },
        [this](Alert alert) {
            setBusy(false);
            Q_EMIT acknowledged(alert);
            accept();
        },
        [this](const WorkFailure &failure) {
            setBusy(false);
            QPalette palette = m_message->palette();
            palette.setColor(QPalette::WindowText, statusColour(Status::Fail, this->palette()));
            m_message->setPalette(palette);
            m_message->setText(failure.message);
            m_message->show();
            Q_EMIT failed();
        });
}

void AcknowledgeDialog::reject()
{
    if (!m_working) {
        QDialog::reject();
    }
}

} // namespace Quorum::Ui
