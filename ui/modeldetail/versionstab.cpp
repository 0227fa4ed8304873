// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionstab.h"

#include "itemmodels/versionlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum::Ui {

VersionsTab::VersionsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new VersionListModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("This model has no versions yet. Versions are registered by a "
                            "pipeline with 'quorumctl register' or by an import."),
                         this))
{
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
}

void VersionsTab::setVersions(std::vector<ModelVersion> versions)
{
    const bool empty = versions.empty();
    m_model->setVersions(std::move(versions));
    m_table->resizeColumnsToContents();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace Quorum::Ui
