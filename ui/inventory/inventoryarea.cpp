// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryarea.h"

#include "inventory/tierdelegate.h"
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "storage/modelrepository.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kSearchWidth = 320;

} // namespace

InventoryArea::InventoryArea(QWidget *parent)
    : QWidget(parent)
    , m_model(new InventoryModel(this))
    , m_filter(new InventoryFilterModel(this))
{
    setObjectName(QStringLiteral("inventoryArea"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    createTable();
    layout->addWidget(m_table, 1);

    // Ctrl+F from anywhere in the window while the inventory shows.
    auto *find = new QAction(tr("Find Models"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InventoryArea::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InventoryArea::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InventoryArea::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &InventoryArea::updateCount);
    updateCount();
}

QWidget *InventoryArea::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Search models, owners, teams…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(kSearchWidth);
    m_search->setAccessibleName(tr("Search the inventory"));
    auto *clearSearch = new QAction(tr("Clear Search"), m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
    connect(m_search, &QLineEdit::textChanged, m_filter, &InventoryFilterModel::setSearchText);

    m_tierFilter = new QComboBox(bar);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    m_tierFilter->setAccessibleName(tr("Risk tier"));
    m_tierFilter->addItem(tr("All tiers"));
    for (const RiskTier tier :
         {RiskTier::Critical, RiskTier::High, RiskTier::Standard, RiskTier::Experimental}) {
        m_tierFilter->addItem(TierDelegate::badge(tier), riskTierLabel(tier), tierNumber(tier));
    }
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTierFilter(riskTierFromNumber(m_tierFilter->currentData().toInt()));
    });

    m_stageFilter = new QComboBox(bar);
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->setAccessibleName(tr("Stage"));
    m_stageFilter->addItem(tr("All stages"));
    for (const Stage stage : kAllStages) {
        m_stageFilter->addItem(stageLabel(stage), stageKey(stage));
    }
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStageFilter(stageFromKey(m_stageFilter->currentData().toString()));
    });

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("inventoryCount"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tierFilter);
    layout->addWidget(m_stageFilter);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return bar;
}

void InventoryArea::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setAccessibleName(tr("Models"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(InventoryModel::TierColumn, new TierDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT modelActivated(index.data(InventoryModel::ModelIdRole).toLongLong());
    });
}

void InventoryArea::setSummaries(std::vector<ModelSummary> summaries)
{
    const qint64 selected = currentModelId();
    const bool firstLoad = m_model->rowCount() == 0;
    m_model->setSummaries(std::move(summaries));
    if (firstLoad) {
        m_table->resizeColumnsToContents();
    }
    selectModel(selected);
    Q_EMIT loaded();
}

void InventoryArea::load(Database &db)
{
    setSummaries(ModelRepository(db).summaries());
}

void InventoryArea::reload(const Database &db)
{
    const quint64 generation = ++m_generation;
    readInBackground<std::vector<ModelSummary>>(
        this, db, [](Database &worker) { return ModelRepository(worker).summaries(); },
        [this, generation](std::vector<ModelSummary> rows) {
            if (generation == m_generation) {
                setSummaries(std::move(rows));
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void InventoryArea::clear()
{
    ++m_generation;
    m_model->setSummaries({});
}

void InventoryArea::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void InventoryArea::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(total == 1 ? tr("%1 of 1 model").arg(shown)
                                : tr("%1 of %2 models").arg(shown).arg(total));
}

qint64 InventoryArea::currentModelId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(InventoryModel::ModelIdRole).toLongLong() : 0;
}

void InventoryArea::selectModel(qint64 modelId)
{
    // The model selected before, else the first row shown.
    const int sourceRow = m_model->rowOf(modelId);
    QModelIndex index;
    if (sourceRow >= 0) {
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid()) {
        index = m_filter->index(0, 0);
    }
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

} // namespace Quorum::Ui
