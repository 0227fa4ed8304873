// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldetailpage.h"

#include "inventory/tierdelegate.h"
#include "modeldetail/modeloverviewtab.h"
#include "modeldetail/modelpagetabs.h"
#include "modeldetail/retirementdialog.h"
#include "settings/signingidentity.h"
#include "storage/modeldetails.h"
#include "storage/modelrepository.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quorum::Ui {

ModelDetailPage::ModelDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new ModelPageTabs(this))
{
    setObjectName(QStringLiteral("modelDetailPage"));
    connect(m_tabs, &ModelPageTabs::readFailed, this, &ModelDetailPage::readFailed);
    connect(m_tabs, &ModelPageTabs::changed, this, &ModelDetailPage::reread);
    connect(m_tabs->overview(), &ModelOverviewTab::requestActivated, this,
            &ModelDetailPage::requestActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);

    // Back from anywhere in the window while this page shows.
    auto *back = new QAction(tr("Back"), this);
    back->setShortcuts(
        {QKeySequence(Qt::AltModifier | Qt::Key_Left), QKeySequence(Qt::Key_Escape)});
    back->setShortcutContext(Qt::WindowShortcut);
    connect(back, &QAction::triggered, this, &ModelDetailPage::backRequested);
    addAction(back);
}

QWidget *ModelDetailPage::createHeader()
{
    auto *header = new QWidget(this);
    m_back = new QToolButton(header);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back (Alt+Left or Esc)"));
    connect(m_back, &QToolButton::clicked, this, &ModelDetailPage::backRequested);
    setBackTarget(tr("Inventory"));

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("modelTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_machineName = new QLabel(header);
    m_machineName->setObjectName(QStringLiteral("modelMachineName"));
    m_machineName->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_machineName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tier = new QLabel(header);
    m_tier->setObjectName(QStringLiteral("modelTier"));
    m_tier->setTextFormat(Qt::RichText);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("modelStatus"));

    m_retire = new QPushButton(tr("Start &Retirement…"), header);
    m_retire->setObjectName(QStringLiteral("startRetirementButton"));
    connect(m_retire, &QPushButton::clicked, this, &ModelDetailPage::startRetirement);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(16);
    facts->addWidget(m_machineName);
    facts->addWidget(m_tier);
    facts->addWidget(m_status);
    facts->addStretch(1);
    facts->addWidget(m_retire);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    return header;
}

void ModelDetailPage::setBackTarget(const QString &name)
{
    m_back->setText(tr("Back to %1").arg(name));
}

bool ModelDetailPage::showModel(Database &db, qint64 modelId)
{
    std::optional<ModelDetails> details = readModelDetails(db, modelId);
    if (!details) {
        return false;
    }
    showDetails(std::move(*details));
    return true;
}

void ModelDetailPage::open(const Database &db, qint64 modelId)
{
    request(db, [modelId](Database &worker) { return readModelDetails(worker, modelId); });
}

void ModelDetailPage::openByName(const Database &db, const QString &name)
{
    request(db, [name](Database &worker) -> std::optional<ModelDetails> {
        const std::optional<Model> model = ModelRepository(worker).byName(name);
        return model ? readModelDetails(worker, model->id) : std::nullopt;
    });
}

void ModelDetailPage::request(const Database &db,
                              std::function<std::optional<ModelDetails>(Database &)> read)
{
    const quint64 generation = ++m_generation;
    readInBackground<std::optional<ModelDetails>>(
        this, db, std::move(read),
        [this, generation](std::optional<ModelDetails> details) {
            if (generation != m_generation) {
                return;
            }
            if (!details) {
                Q_EMIT modelMissing();
                return;
            }
            showDetails(std::move(*details));
            Q_EMIT modelShown();
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void ModelDetailPage::showDetails(ModelDetails details)
{
    const Model &model = details.model;
    // The tab chosen last stays chosen, also for another model.
    m_modelId = model.id;
    m_title->setText(model.displayName);
    m_machineName->setText(model.name);
    m_tier->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                        .arg(TierDelegate::colour(model.tier).name(),
                             riskTierLabel(model.tier).toHtmlEscaped()));
    m_status->setText(modelStatusLabel(model.status));
    m_tabs->showModel(details);
    m_model = model;
    m_versionList = std::move(details.versions);
    updateRetireButton();
}

void ModelDetailPage::cancelRequests()
{
    ++m_generation;
    m_tabs->clearAll();
}

void ModelDetailPage::reread()
{
    if (const Database *db = m_databaseSource ? m_databaseSource() : nullptr) {
        open(*db, m_modelId);
    }
}

bool ModelDetailPage::event(QEvent *event)
{
    // Ctrl+1…Ctrl+9 choose a tab while the focus is on this page, before the window's
    // shortcuts (the sidebar's areas) see them.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        if (m_tabs->switchByKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ModelDetailPage::setSigningIdentity(SigningIdentity *identity)
{
    m_identity = identity;
    m_tabs->setSigningIdentity(identity);
    connect(m_identity, &SigningIdentity::resolved, this, &ModelDetailPage::updateRetireButton);
    updateRetireButton();
}

void ModelDetailPage::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
    m_tabs->setDatabaseSource(m_databaseSource);
}

QString ModelDetailPage::retirementBlockedBy() const
{
    if (!m_model) {
        return tr("No model is shown.");
    }
    if (m_model->status == ModelStatus::Retired) {
        return tr("%1 is retired already.").arg(m_model->displayName);
    }
    if (m_model->status == ModelStatus::Retiring) {
        return tr("The retirement of %1 is under way already.").arg(m_model->displayName);
    }
    if (!m_identity || !m_identity->hasKey()) {
        return tr("Only the model's owner starts its retirement: choose your signing identity "
                  "in Settings first.");
    }
    if (!m_identity->person()) {
        return tr("Only the model's owner starts its retirement, and your certificate is not "
                  "registered in this database (see Settings).");
    }
    if (m_identity->person()->id != m_model->ownerId) {
        return tr("Only the model's owner starts its retirement; %1 does not own %2.")
            .arg(m_identity->person()->name, m_model->displayName);
    }
    return {};
}

void ModelDetailPage::updateRetireButton()
{
    const QString blockedBy = retirementBlockedBy();
    m_retire->setEnabled(blockedBy.isEmpty());
    m_retire->setToolTip(blockedBy.isEmpty()
                             ? tr("Ask the approvers to retire a version of this model")
                             : blockedBy);
}

RetirementDialog *ModelDetailPage::startRetirement()
{
    if (!retirementBlockedBy().isEmpty()) {
        return nullptr;
    }
    auto *dialog = new RetirementDialog(*m_model, m_versionList, *m_identity->person(),
                                        m_databaseSource, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetirementDialog::started, this, [this](qint64 requestId) {
        reread();
        Q_EMIT retirementStarted(requestId);
    });
    dialog->open();
    return dialog;
}

} // namespace Quorum::Ui
