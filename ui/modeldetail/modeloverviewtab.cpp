// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeloverviewtab.h"

#include "alerts/alertspanel.h"
#include "domain/model.h"
#include "widgets/backgroundread.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kFormWidth = 860;

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("—");
}

QLabel *sectionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ModelOverviewTab::ModelOverviewTab(QWidget *parent)
    : ModelTab(parent)
    , m_alerts(new AlertsPanel)
{
    setObjectName(QStringLiteral("overviewTab"));
    m_alerts->setDatabaseSource([this] { return database(); });
    connect(m_alerts, &AlertsPanel::readFailed, this, &ModelTab::readFailed);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(createForm());
    contentLayout->addSpacing(12);
    contentLayout->addWidget(sectionLabel(tr("Open requests")));
    contentLayout->addWidget(createRequests());
    contentLayout->addSpacing(12);
    contentLayout->addWidget(sectionLabel(tr("Alerts")));
    contentLayout->addWidget(m_alerts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget *ModelOverviewTab::createForm()
{
    // The form is capped in width so long descriptions wrap into readable lines; the cap is
    // on the form, not on its labels, so that each label's height is computed for the width
    // it really gets.
    auto *form = new QWidget;
    form->setMaximumWidth(kFormWidth);
    m_form = new QFormLayout(form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(10);
    m_form->setHorizontalSpacing(16);

    m_description = addRow(tr("Description"), QStringLiteral("description"));
    m_intendedUse = addRow(tr("Intended use"), QStringLiteral("intendedUse"));
    m_owner = addRow(tr("Owner"), QStringLiteral("owner"));
    m_team = addRow(tr("Team"), QStringLiteral("team"));
    m_tier = addRow(tr("Risk tier"), QStringLiteral("tier"));
    m_useCase = addRow(tr("Use case"), QStringLiteral("useCase"));
    m_regulatory = addRow(tr("Regulatory context"), QStringLiteral("regulatoryContext"));
    m_status = addRow(tr("Status"), QStringLiteral("status"));
    m_created = addRow(tr("Registered"), QStringLiteral("created"));
    m_updated = addRow(tr("Last updated"), QStringLiteral("updated"));
    m_production = addRow(tr("In production"), QStringLiteral("productionVersion"));
    m_approved = addRow(tr("Approved"), QStringLiteral("productionApproved"));
    m_versions = addRow(tr("Versions"), QStringLiteral("versionCount"));
    return form;
}

QWidget *ModelOverviewTab::createRequests()
{
    auto *box = new QWidget;
    m_requests = new QTableWidget(0, RequestColumnCount, box);
    m_requests->setObjectName(QStringLiteral("openRequests"));
    m_requests->setAccessibleName(tr("Open requests of this model"));
    m_requests->setToolTip(tr("Double-click or press Enter to open a request in the inbox"));
    m_requests->setHorizontalHeaderLabels({tr("Request"), tr("Version"), tr("Transition"),
                                           tr("Status"), tr("Submitted by"), tr("Submitted"),
                                           tr("Expires")});
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setTabKeyNavigation(false);
    m_requests->setWordWrap(false);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_requests->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_requests, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (const QTableWidgetItem *item = m_requests->item(index.row(), TicketColumn)) {
            Q_EMIT requestActivated(item->data(Qt::UserRole).toLongLong());
        }
    });
    m_noRequests = new QLabel(tr("No release request of this model waits for a decision."), box);
    m_noRequests->setObjectName(QStringLiteral("noOpenRequests"));
    m_noRequests->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requests);
    layout->addWidget(m_noRequests);
    return box;
}

QLabel *ModelOverviewTab::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *caption = new QLabel(tr("%1:").arg(label));
    caption->setBuddy(value);
    caption->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(caption, value);
    return value;
}

void ModelOverviewTab::setSigningIdentity(SigningIdentity *identity)
{
    ModelTab::setSigningIdentity(identity);
    m_alerts->setSigningIdentity(identity);
}

void ModelOverviewTab::showModel(const ModelDetails &details)
{
    const Model &model = details.model;
    m_description->setText(orDash(model.description));
    m_intendedUse->setText(orDash(model.intendedUse));
    m_owner->setText(orDash(details.ownerName));
    m_team->setText(orDash(model.team));
    m_tier->setText(riskTierLabel(model.tier));
    m_useCase->setText(orDash(model.useCase));
    m_regulatory->setText(orDash(model.regulatoryContext));
    m_status->setText(modelStatusLabel(model.status));
    m_created->setText(dateTime(model.createdAt));
    m_updated->setText(dateTime(model.updatedAt));
    const ModelVersion *production = details.productionVersion();
    m_hasProduction = production != nullptr;
    m_production->setText(production ? production->version.toString()
                                     : tr("No version in production"));
    if (!production) {
        m_approved->setText(QStringLiteral("—"));
    }
    m_versions->setText(QLocale().toString(static_cast<qlonglong>(details.versions.size())));
    m_alerts->setModelFilter(model.id);
    m_alerts->reload();
    readRequests(model.id);
}

void ModelOverviewTab::readRequests(qint64 modelId)
{
    readLatest<ModelRequests>(
        [modelId](Database &worker) { return readModelRequests(worker, modelId); },
        [this](ModelRequests requests) {
            showRequests(requests);
            Q_EMIT loaded();
        });
}

void ModelOverviewTab::showRequests(const ModelRequests &requests)
{
    if (m_hasProduction) {
        m_approved->setText(requests.productionApprovedAt.isValid()
                                ? dateTime(requests.productionApprovedAt)
                                : tr("No approval is recorded for this version"));
    }
    const QTableWidgetItem *current = m_requests->item(m_requests->currentRow(), TicketColumn);
    const qint64 selected = current ? current->data(Qt::UserRole).toLongLong() : 0;
    m_requests->setRowCount(static_cast<int>(requests.open.size()));
    int row = 0;
    for (const OpenRequest &r : requests.open) {
        const QStringList texts{r.ticketRef.isEmpty() ? tr("#%1").arg(r.requestId) : r.ticketRef,
                                r.version,
                                tr("%1 → %2").arg(stageLabel(r.fromStage), stageLabel(r.toStage)),
                                requestStatusLabel(r.status),
                                orDash(r.submittedBy),
                                dateTime(r.submittedAt),
                                dateTime(r.expiresAt)};
        for (int column = 0; column < RequestColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, r.requestId);
            m_requests->setItem(row, column, item);
        }
        if (r.requestId == selected) {
            m_requests->selectRow(row);
        }
        ++row;
    }
    m_requests->resizeColumnsToContents();
    m_requests->setVisible(!requests.open.empty());
    m_noRequests->setVisible(requests.open.empty());
}

void ModelOverviewTab::clear()
{
    dropReads();
    for (QLabel *label :
         {m_description, m_intendedUse, m_owner, m_team, m_tier, m_useCase, m_regulatory, m_status,
          m_created, m_updated, m_production, m_approved, m_versions}) {
        label->clear();
    }
    m_requests->setRowCount(0);
    m_alerts->clear();
}

} // namespace Quorum::Ui
