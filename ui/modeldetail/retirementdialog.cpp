// SPDX-License-Identifier: GPL-3.0-or-later
#include "retirementdialog.h"

#include "domain/modelsummary.h"
#include "governance/releaseservice.h"
#include "storage/modelrepository.h"
#include "widgets/backgroundwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum::Ui {

RetirementDialog::RetirementDialog(Model model, const std::vector<ModelVersion> &versions,
                                   Person owner, std::function<const Database *()> database,
                                   QWidget *parent)
    : QDialog(parent)
    , m_model(std::move(model))
    , m_owner(std::move(owner))
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("retirementDialog"));
    setWindowTitle(tr("Start Retirement of %1").arg(m_model.displayName));
    setMinimumWidth(560);

    m_version = new QComboBox;
    m_version->setObjectName(QStringLiteral("retireVersion"));
    for (const ModelVersion &v : versions) {
        if (v.stage != Stage::Retired) {
            m_version->addItem(tr("%1 (%2)").arg(v.version.toString(), stageLabel(v.stage)), v.id);
            if (v.stage == Stage::Production) {
                m_version->setCurrentIndex(m_version->count() - 1);
            }
        }
    }
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("retireReason"));
    m_reason->setPlaceholderText(tr("Why the model is retired (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_replacement = new QComboBox;
    m_replacement->setObjectName(QStringLiteral("retireReplacement"));
    m_replacement->addItem(tr("No replacement"), qint64(0));
    m_archive = new QLineEdit;
    m_archive->setObjectName(QStringLiteral("retireArchive"));
    m_archive->setPlaceholderText(tr("e.g. s3://model-archive/%1/").arg(m_model.name));

    auto *intro = new QLabel(
        tr("A retirement is a release request to the Retired stage. The model becomes "
           "Retiring until the approvers its policy names decide; %1 starts it as the model's "
           "owner.")
            .arg(m_owner.name));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("R&eplacement:"), m_replacement);
    form->addRow(tr("&Archive location:"), m_archive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(createFooter());

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RetirementDialog::updateState);
    loadModels();
    updateState();
    m_reason->setFocus();
}

QWidget *RetirementDialog::createFooter()
{
    auto *footer = new QWidget;
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("retireMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *buttons = new QDialogButtonBox;
    m_start = buttons->addButton(tr("&Start Retirement"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startRetirementButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_start, &QPushButton::clicked, this, &RetirementDialog::start);
    connect(m_close, &QPushButton::clicked, this, &RetirementDialog::reject);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    return footer;
}

void RetirementDialog::loadModels()
{
    const Database *db = m_database ? m_database() : nullptr;
    if (!db) {
        return;
    }
    runWithDatabase<std::vector<ModelSummary>>(
        this, *db, [](Database &worker) { return ModelRepository(worker).summaries(); },
        [this](std::vector<ModelSummary> models) {
            for (const ModelSummary &m : models) {
                if (m.id != m_model.id && m.status != ModelStatus::Retired) {
                    m_replacement->addItem(tr("%1 (%2)").arg(m.displayName, m.name), m.id);
                }
            }
        },
        [](const WorkFailure &) {
            // Without the list the retirement can still start, without a replacement.
        });
}

void RetirementDialog::updateState()
{
    m_start->setEnabled(!m_done && !m_working && m_version->count() > 0
                        && !m_reason->toPlainText().trimmed().isEmpty());
}

void RetirementDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_version, m_reason, m_replacement, m_archive, m_close}) {
        w->setEnabled(!busy && !m_done);
    }
    m_close->setEnabled(!busy);
    updateState();
}

void RetirementDialog::start()
{
    const Database *db = m_database ? m_database() : nullptr;
    if (!db || m_working || m_done || m_reason->toPlainText().trimmed().isEmpty()) {
        return;
    }
    RetirementInput input;
    input.modelId = m_model.id;
    input.versionId = m_version->currentData().toLongLong();
    input.reason = m_reason->toPlainText().trimmed();
    if (const qint64 replacement = m_replacement->currentData().toLongLong(); replacement > 0) {
        input.replacementModelId = replacement;
    }
    input.archiveLocation = m_archive->text().trimmed();
    m_message->hide();
    setBusy(true);
    runWithDatabase<qint64>(
        this, *db,
        [input, owner = m_owner](Database &worker) {
            return ReleaseService(worker).retire(input, owner);
        },
        [this](qint64 requestId) {
            m_done = true;
            setBusy(false);
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Retirement request #%1 is submitted. %2 is now retiring; the "
                                  "request awaits the approvals of its policy in their inboxes.")
                                   .arg(requestId)
                                   .arg(m_model.displayName));
            m_message->show();
            m_start->hide();
            m_close->setText(tr("Close"));
            Q_EMIT started(requestId);
        },
        [this](const WorkFailure &failure) {
            setBusy(false);
            m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_message->setText(failure.message);
            m_message->show();
        });
}

void RetirementDialog::reject()
{
    if (!m_working) {
        QDialog::reject();
    }
}

} // namespace Quorum::Ui
