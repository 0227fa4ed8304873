// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationpanel.h"

#include "audit/auditverification.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kSeqRole = Qt::UserRole + 1;
constexpr int kMaxListHeight = 160;

} // namespace

VerificationPanel::VerificationPanel(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("verificationPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("verificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_summary->sizeHint().height());
    m_problems->setObjectName(QStringLiteral("verificationProblems"));
    m_problems->setMaximumHeight(kMaxListHeight);
    m_problems->setWordWrap(true);
    m_problems->setToolTip(tr("Click a problem to show its event"));
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 seq = item->data(kSeqRole).toLongLong(); seq > 0) {
            Q_EMIT eventChosen(seq);
        }
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 seq = item->data(kSeqRole).toLongLong(); seq > 0) {
            Q_EMIT eventChosen(seq);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_problems);
    m_busy->hide();
    m_problems->hide();
}

void VerificationPanel::showRunning()
{
    show();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Verifying the hash chain of the audit trail and every signature…"));
    m_busy->show();
    m_problems->clear();
    m_problems->hide();
}

void VerificationPanel::showResult(const AuditVerification &result)
{
    m_busy->hide();
    m_summary->setText(result.summary());
    m_summary->setStyleSheet(result.holds() ? QStringLiteral("color: #1e7e34;")
                                            : QStringLiteral("color: #c0392b;"));
    m_problems->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const AuditFinding &finding : result.findings) {
        auto *item = new QListWidgetItem(warning, finding.text, m_problems);
        item->setData(kSeqRole, finding.seq);
    }
    m_problems->setVisible(!result.findings.empty());
    if (!result.findings.empty()) {
        m_problems->setCurrentRow(0);
    }
}

void VerificationPanel::showFailure(const QString &message)
{
    m_busy->hide();
    m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_summary->setText(tr("The audit trail could not be verified: %1").arg(message));
}

QString VerificationPanel::summary() const
{
    return m_summary->text();
}

} // namespace Quorum::Ui
