// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartareatab.h"

#include "charts/chartarea.h"

#include <QVBoxLayout>

namespace Quorum::Ui {

ChartAreaTab::ChartAreaTab(ChartArea *area, QWidget *parent)
    : ModelTab(parent)
    , m_area(area)
{
    setObjectName(m_area->objectName() + QStringLiteral("Tab"));
    m_area->setDatabaseSource([this] { return database(); });
    connect(m_area, &ChartArea::readFailed, this, &ModelTab::readFailed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_area);
}

void ChartAreaTab::showModel(const ModelDetails &details)
{
    m_modelId = details.model.id;
    m_stale = true;
    if (isVisible()) {
        load();
    }
}

void ChartAreaTab::clear()
{
    m_modelId = 0;
    m_stale = false;
    m_area->clear();
}

void ChartAreaTab::showEvent(QShowEvent *event)
{
    ModelTab::showEvent(event);
    if (m_stale) {
        load();
    }
}

void ChartAreaTab::load()
{
    m_stale = false;
    // Another model's versions are not offered by the new list, so the chooser picks anew.
    m_area->setModelFilter(m_modelId);
    m_area->reload();
}

} // namespace Quorum::Ui
