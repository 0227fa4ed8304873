// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldetailpage.h"

#include "inventory/tierdelegate.h"
#include "modeldetail/modeloverviewtab.h"
#include "modeldetail/retirementdialog.h"
#include "modeldetail/versionstab.h"
#include "settings/signingidentity.h"
#include "storage/modeldetails.h"
#include "storage/modelrepository.h"
#include "widgets/backgroundread.h"
#include "widgets/placeholderpage.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

QString tabComingLater(const QString &tab)
{
    return ModelDetailPage::tr("The %1 tab arrives in a later release of Quorum.").arg(tab);
}

} // namespace

ModelDetailPage::ModelDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_overview(new ModelOverviewTab(m_tabs))
    , m_versions(new VersionsTab(m_tabs))
{
    setObjectName(QStringLiteral("modelDetailPage"));
    m_tabs->setObjectName(QStringLiteral("modelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_versions, tr("Versions"));
    addPlaceholderTabs();

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

void ModelDetailPage::addPlaceholderTabs()
{
    const struct
    {
        const char *icon;
        QString name;
        QString purpose;
    } tabs[] = {
        {"reports", tr("Model card"),
         tr("It will show the model card of each version (details, "
            "parameters, quantitative analysis, considerations) and let the "
            "model owner edit it, keeping every revision.")},
        {"inventory", tr("Evaluation"),
         tr("It will compare each version's metrics with the thresholds of "
            "its policy and with the version in production.")},
        {"fairness", tr("Fairness"),
         tr("It will show selection rates and error rates per protected group "
            "and flag where a fairness threshold is crossed.")},
        {"drift", tr("Drift"),
         tr("It will chart the drift statistics of each feature week by week, with "
            "the tier's thresholds drawn as lines.")},
        {"inbox", tr("Approvals"),
         tr("It will list the release requests of this model with their "
            "threshold checks and signed decisions.")},
        {"inventory", tr("Lineage"),
         tr("It will draw how versions and datasets derive from each other. "
            "Meanwhile the Versions tab shows the version each one derives "
            "from.")},
        {"audit", tr("Audit"),
         tr("It will list every recorded change to this model and its versions.")},
    };
    for (const auto &tab : tabs) {
        const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(tab.icon)));
        m_tabs->addTab(
            new PlaceholderPage(icon, tab.name, tabComingLater(tab.name), tab.purpose, m_tabs),
            tab.name);
    }
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
    ModelFacts facts;
    facts.ownerName = details.ownerName;
    facts.versionCount = static_cast<int>(details.versions.size());
    if (const ModelVersion *production = details.productionVersion()) {
        facts.productionVersion = production->version.toString();
    }

    if (model.id != m_modelId) {
        m_tabs->setCurrentIndex(0);
    }
    m_modelId = model.id;
    m_title->setText(model.displayName);
    m_machineName->setText(model.name);
    m_tier->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                        .arg(TierDelegate::colour(model.tier).name(),
                             riskTierLabel(model.tier).toHtmlEscaped()));
    m_status->setText(modelStatusLabel(model.status));
    m_overview->setModel(model, facts);
    m_tabs->setTabText(m_tabs->indexOf(m_versions), tr("Versions (%1)").arg(facts.versionCount));
    m_model = model;
    m_versionList = details.versions;
    m_versions->setVersions(std::move(details.versions));
    updateRetireButton();
}

void ModelDetailPage::setSigningIdentity(SigningIdentity *identity)
{
    m_identity = identity;
    connect(m_identity, &SigningIdentity::resolved, this, &ModelDetailPage::updateRetireButton);
    updateRetireButton();
}

void ModelDetailPage::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
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
        if (const Database *db = m_databaseSource ? m_databaseSource() : nullptr) {
            open(*db, m_modelId);
        }
        Q_EMIT retirementStarted(requestId);
    });
    dialog->open();
    return dialog;
}

} // namespace Quorum::Ui
