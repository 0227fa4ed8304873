// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeloverviewtab.h"

#include "domain/model.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
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

} // namespace

ModelOverviewTab::ModelOverviewTab(QWidget *parent)
    : QWidget(parent)
{
    // The form is capped in width so long descriptions wrap into readable lines; the cap is
    // on the form, not on its labels, so that each label's height is computed for the width
    // it really gets.
    auto *form = new QWidget;
    form->setMaximumWidth(kFormWidth);
    m_form = new QFormLayout(form);
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
    m_versions = addRow(tr("Versions"), QStringLiteral("versionCount"));

    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(form, 1);
    contentLayout->addStretch(0);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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

void ModelOverviewTab::setModel(const Model &model, const ModelFacts &facts)
{
    m_description->setText(orDash(model.description));
    m_intendedUse->setText(orDash(model.intendedUse));
    m_owner->setText(orDash(facts.ownerName));
    m_team->setText(orDash(model.team));
    m_tier->setText(riskTierLabel(model.tier));
    m_useCase->setText(orDash(model.useCase));
    m_regulatory->setText(orDash(model.regulatoryContext));
    m_status->setText(modelStatusLabel(model.status));
    m_created->setText(dateTime(model.createdAt));
    m_updated->setText(dateTime(model.updatedAt));
    m_production->setText(facts.productionVersion.isEmpty() ? tr("No version in production")
                                                            : facts.productionVersion);
    m_versions->setText(QLocale().toString(facts.versionCount));
}

} // namespace Quorum::Ui
