// SPDX-License-Identifier: GPL-3.0-or-later
#include "signdialog.h"

#include "governance/approvalservice.h"
#include "inbox/decisionsigner.h"
#include "inbox/signingstatement.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kDefaultWaiverDays = 30;
constexpr Verdict kVerdicts[] = {Verdict::Approve, Verdict::ApproveWithConditions, Verdict::Reject,
                                 Verdict::RequestChanges, Verdict::Waiver};

QPlainTextEdit *textBox(const QString &objectName, const QString &placeholder)
{
    auto *box = new QPlainTextEdit;
    box->setObjectName(objectName);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 12);
    return box;
}

} // namespace

SignDialog::SignDialog(InboxItem item, QString keyPath, std::function<const Database *()> database,
                       QWidget *parent)
    : QDialog(parent)
    , m_item(std::move(item))
    , m_keyPath(std::move(keyPath))
    , m_database(std::move(database))
    , m_signer(new DecisionSigner(this))
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign a Decision"));
    setMinimumWidth(680);
    createForm();
    auto *layout = new QVBoxLayout(this);
    const DecisionSituation &s = m_item.situation;
    auto *heading
        = new QLabel(tr("<b>%1 %2</b> — %3 → %4, request #%5")
                         .arg(s.model.displayName.toHtmlEscaped(), s.version.version.toString(),
                              stageLabel(s.request.fromStage), stageLabel(s.request.toStage))
                         .arg(s.request.id));
    layout->addWidget(heading);
    if (!m_item.approvalBlockedBy.isEmpty()) {
        auto *blocked = new QLabel(tr("Approval is blocked: %1").arg(m_item.approvalBlockedBy));
        blocked->setObjectName(QStringLiteral("approvalBlocked"));
        blocked->setWordWrap(true);
        blocked->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        layout->addWidget(blocked);
    }
    layout->addLayout(m_form);
    layout->addWidget(createFooter());

    connect(m_signer, &DecisionSigner::decided, this, &SignDialog::onDecided);
    connect(m_signer, &DecisionSigner::failed, this, &SignDialog::onFailed);
    auto *signAction = new QAction(tr("Sign"), this);
    signAction->setShortcuts({QKeySequence(Qt::ControlModifier | Qt::Key_Return),
                              QKeySequence(Qt::ControlModifier | Qt::Key_Enter)});
    connect(signAction, &QAction::triggered, this, &SignDialog::sign);
    addAction(signAction);
    updateState();
    m_verdict->setFocus();
}

void SignDialog::createForm()
{
    m_form = new QFormLayout;
    m_verdict = new QComboBox;
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setPlaceholderText(tr("Choose a verdict…"));
    addVerdicts();
    m_rationale = textBox(QStringLiteral("rationale"),
                          tr("Why you decide so (required; it is part of what you sign)"));
    m_conditions
        = textBox(QStringLiteral("conditions"), tr("The conditions of the approval (required)"));
    m_waiverUntil = new QDateEdit(QDate::currentDate().addDays(kDefaultWaiverDays));
    m_waiverUntil->setObjectName(QStringLiteral("waiverUntil"));
    m_waiverUntil->setMinimumDate(QDate::currentDate().addDays(1));
    m_waiverUntil->setCalendarPopup(true);
    m_statement = new QLabel;
    m_statement->setObjectName(QStringLiteral("signingStatement"));
    m_statement->setWordWrap(true);
    m_statement->setFrameShape(QFrame::StyledPanel);
    m_statement->setMargin(8);
    // Room for the longest statement, so the dialog need not grow when a verdict is chosen.
    m_statement->setMinimumHeight(m_statement->fontMetrics().lineSpacing() * 4 + 20);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("The passphrase of your key file"));

    m_form->addRow(tr("&Verdict:"), m_verdict);
    m_form->addRow(tr("&Rationale:"), m_rationale);
    m_form->addRow(tr("&Conditions:"), m_conditions);
    m_form->addRow(tr("&Waiver until:"), m_waiverUntil);
    m_form->addRow(m_statement);
    m_form->addRow(tr("Key file:"), new QLabel(QDir::toNativeSeparators(m_keyPath)));
    m_form->addRow(tr("&Passphrase:"), m_passphrase);

    connect(m_verdict, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &SignDialog::updateState);
    connect(m_conditions, &QPlainTextEdit::textChanged, this, &SignDialog::updateState);
    connect(m_waiverUntil, &QDateEdit::dateChanged, this, &SignDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignDialog::updateState);
}

void SignDialog::addVerdicts()
{
    auto *items = qobject_cast<QStandardItemModel *>(m_verdict->model());
    for (const Verdict v : kVerdicts) {
        QString blockedBy;
        if (v == Verdict::Waiver) {
            if (!m_item.canWaive) {
                continue;
            }
        } else if (!m_item.canVote) {
            blockedBy = tr("You may only grant a waiver on this request.");
        } else if (isApproval(v)) {
            blockedBy = m_item.approvalBlockedBy;
        }
        m_verdict->addItem(verdictChoice(v), static_cast<int>(v));
        if (!blockedBy.isEmpty()) {
            QStandardItem *entry = items->item(m_verdict->count() - 1);
            entry->setEnabled(false);
            entry->setToolTip(blockedBy);
        }
    }
    m_verdict->setCurrentIndex(-1);
}

QWidget *SignDialog::createFooter()
{
    auto *footer = new QWidget;
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("signingBusy"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Signing…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *buttons = new QDialogButtonBox;
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setToolTip(tr("Sign and record the decision (Ctrl+Return)"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    // Accept must not close the dialog: the outcome shows here.
    connect(m_sign, &QPushButton::clicked, this, &SignDialog::sign);
    connect(m_close, &QPushButton::clicked, this, &SignDialog::reject);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    return footer;
}

std::optional<Verdict> SignDialog::verdict() const
{
    if (m_verdict->currentIndex() < 0) {
        return std::nullopt;
    }
    return static_cast<Verdict>(m_verdict->currentData().toInt());
}

void SignDialog::setVerdict(Verdict verdict)
{
    m_verdict->setCurrentIndex(m_verdict->findData(static_cast<int>(verdict)));
}

bool SignDialog::isComplete() const
{
    const std::optional<Verdict> v = verdict();
    const bool missing = !v || m_rationale->toPlainText().trimmed().isEmpty()
        || m_passphrase->text().isEmpty()
        || (*v == Verdict::ApproveWithConditions && m_conditions->toPlainText().trimmed().isEmpty())
        || (*v == Verdict::Waiver && m_waiverUntil->date() <= QDate::currentDate());
    const auto *items = qobject_cast<const QStandardItemModel *>(m_verdict->model());
    return !missing && items->item(m_verdict->currentIndex())->isEnabled();
}

DecisionInput SignDialog::input() const
{
    DecisionInput in;
    in.requestId = m_item.situation.request.id;
    in.verdict = verdict().value_or(Verdict::Reject);
    in.rationale = m_rationale->toPlainText().trimmed();
    if (in.verdict == Verdict::ApproveWithConditions) {
        in.conditions = m_conditions->toPlainText().trimmed();
    }
    if (in.verdict == Verdict::Waiver) {
        in.waiverExpiresAt = QDateTime(m_waiverUntil->date(), QTime(23, 59, 59), Qt::UTC);
    }
    return in;
}

void SignDialog::updateState()
{
    const std::optional<Verdict> v = verdict();
    m_form->setRowVisible(m_conditions, v == Verdict::ApproveWithConditions);
    m_form->setRowVisible(m_waiverUntil, v == Verdict::Waiver);
    if (v) {
        const Role role = signingRole(m_item.situation, input()).value_or(m_item.role);
        m_statement->setText(signingStatement(m_item.situation, *v, role));
    } else {
        m_statement->setText(tr("Choose a verdict to see what your signature will mean."));
    }
    m_sign->setEnabled(!m_done && !m_signer->isBusy() && isComplete());
    // The conditions or the waiver's date may have appeared: grow to show them.
    if (!layout()) {
        return;
    }
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height()) {
        resize(width(), needed);
    }
}

void SignDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_verdict, m_rationale, m_conditions,
                                                       m_waiverUntil, m_passphrase}) {
        w->setEnabled(!busy && !m_done);
    }
    m_close->setEnabled(!busy);
    updateState();
}

void SignDialog::sign()
{
    const Database *db = m_database ? m_database() : nullptr;
    if (m_done || m_signer->isBusy() || !isComplete() || !db) {
        return;
    }
    m_message->hide();
    m_signer->sign(*db, m_keyPath, m_passphrase->text(), input());
    setBusy(true);
}

void SignDialog::onDecided(const DecisionOutcome &outcome)
{
    m_done = true;
    m_passphrase->clear();
    setBusy(false); // leaves the inputs disabled: the decision is made
    m_message->setStyleSheet(QString());
    m_message->setText(outcomeText(m_item.situation.request.id, outcome));
    m_message->show();
    m_sign->hide();
    m_close->setText(tr("Close"));
    m_close->setFocus();
    Q_EMIT decided(outcome);
}

void SignDialog::onFailed(const WorkFailure &failure)
{
    setBusy(false);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setText(failure.isWrongPassphrase()
                           ? tr("%1 Type the passphrase again.").arg(failure.message)
                           : failure.message);
    m_message->show();
    if (failure.isWrongPassphrase()) {
        m_passphrase->clear();
        m_passphrase->setFocus();
    }
}

void SignDialog::reject()
{
    if (!m_signer->isBusy()) {
        QDialog::reject();
    }
}

} // namespace Quorum::Ui
