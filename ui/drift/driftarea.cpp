// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftarea.h"

#include "charts/chartvalues.h"
#include "charts/driftchartview.h"
#include "charts/lttb.h"
#include "drift/driftfeaturemodel.h"
#include "drift/driftoverlaypanel.h"
#include "storage/driftrepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace Quorum::Ui {

namespace {

QString caption(const DriftSeries &s)
{
    const QString name = driftQuantityLabel(s);
    if (!s.threshold) {
        return DriftArea::tr("Charted: %1 of each window. Its threshold applies to the p-value, "
                             "which was not stored.")
            .arg(name);
    }
    const QString threshold = formatDriftValue(*s.threshold);
    return s.side == ThresholdSide::Below
        ? DriftArea::tr("Charted: the %1 of each window against the dashed threshold %2 (drift "
                        "when the p-value falls below it). Markers and red bands show the status "
                        "recorded for each window.")
              .arg(name, threshold)
        : DriftArea::tr("Charted: %1 of each window against the dashed threshold %2 (drift at or "
                        "above it). Markers and red bands show the status recorded for each "
                        "window.")
              .arg(name, threshold);
}

ChartedEvidence driftEvidence()
{
    return [](Database &db, qint64 versionId) -> std::optional<int> {
        return DriftRepository(db).features(versionId).isEmpty() ? std::nullopt : std::optional(0);
    };
}

} // namespace

DriftArea::DriftArea(QWidget *parent)
    : ChartArea({tr("Drift"), tr("Reading the versions with drift observations…"),
                 tr("No version has drift observations yet. Import drift results or compute "
                    "them from samples."),
                 tr("The drift observations could not be read.")},
                FirstChoice::Production, driftEvidence(), parent)
    , m_model(new DriftFeatureModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("driftArea"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DriftFeatureModel::SortRole);
    setBody(createBody());
    createActions();
    connect(m_chart, &DriftChartView::windowClicked, m_overlay, &DriftOverlayPanel::showWindow);
    connect(m_overlay, &DriftOverlayPanel::windowShown, this,
            [this](std::size_t index) { m_chart->setChosenWindow(index); });
    clear();
}

QWidget *DriftArea::createBody()
{
    createTable();
    m_chart = new DriftChartView;
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("driftCaption"));
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_overlay = new DriftOverlayPanel;

    auto *chartPane = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_caption);
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(chartPane);
    charts->addWidget(m_overlay);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    charts->setSizes({480, 420});
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({680, 720});
    return split;
}

void DriftArea::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("driftFeatures"));
    m_table->setAccessibleName(tr("Features and their drift"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order given: feature, statistic
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // The feature's name takes the room left by the other columns, elided when narrow.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DriftFeatureModel::FeatureColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_table->setMinimumWidth(360);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    showFeatureRow(m_sorted->mapToSource(current).row());
                }
            });
}

void DriftArea::createActions()
{
    auto *earlier = new QAction(tr("Earlier Window"), this);
    earlier->setObjectName(QStringLiteral("earlierWindow"));
    earlier->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Left));
    earlier->setShortcutContext(Qt::WindowShortcut);
    connect(earlier, &QAction::triggered, this, [this] { m_overlay->stepWindow(-1); });
    auto *later = new QAction(tr("Later Window"), this);
    later->setObjectName(QStringLiteral("laterWindow"));
    later->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Right));
    later->setShortcutContext(Qt::WindowShortcut);
    connect(later, &QAction::triggered, this, [this] { m_overlay->stepWindow(1); });
    auto *features = new QAction(tr("Go to the Features"), this);
    features->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_L));
    features->setShortcutContext(Qt::WindowShortcut);
    connect(features, &QAction::triggered, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    addActions({earlier, later, features});
}

void DriftArea::loadVersion(qint64 versionId)
{
    const ChartedVersion *v = chooser()->current();
    readVersion<std::vector<DriftSeries>>(
        v ? tr("Reading the drift of %1 %2…").arg(v->modelName, v->version) : QString(),
        [versionId](Database &worker) {
            const auto rows = DriftRepository(worker).forVersion(versionId);
            return driftSeries(rows, kChartDisplayPoints);
        },
        [this](std::vector<DriftSeries> series) { setSeries(std::move(series)); });
}

void DriftArea::setSeries(std::vector<DriftSeries> series)
{
    m_overlay->setSeries(nullptr);
    m_shown = nullptr;
    m_series = std::move(series);
    std::vector<DriftFeatureSummary> rows;
    for (const DriftSeries &s : m_series) {
        rows.push_back(summarizeDrift(s));
    }
    m_model->setSummaries(std::move(rows));
    // One statistic for every feature (the usual case) is said by the chart; no column for it.
    const bool oneStatistic = std::all_of(m_series.begin(), m_series.end(), [this](const auto &s) {
        return s.statistic == m_series.front().statistic;
    });
    m_table->setColumnHidden(DriftFeatureModel::StatisticColumn, oneStatistic);
    const int row = preferredRow();
    if (row >= 0) {
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
        showFeatureRow(row);
    } else {
        m_chart->clear(tr("This version has no drift observations"));
    }
}

int DriftArea::preferredRow() const
{
    // The feature shown before, else the one that drifted most.
    int best = -1;
    for (int row = 0; row < static_cast<int>(m_series.size()); ++row) {
        const DriftFeatureSummary *s = m_model->summaryAt(row);
        if (s->feature == m_feature) {
            return row;
        }
        const DriftFeatureSummary *b = best < 0 ? nullptr : m_model->summaryAt(best);
        if (!b
            || std::tuple(driftSeverity(s->worstStatus), s->driftWindows, s->warningWindows)
                > std::tuple(driftSeverity(b->worstStatus), b->driftWindows, b->warningWindows)) {
            best = row;
        }
    }
    return best;
}

bool DriftArea::selectFeature(const QString &feature)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summaryAt(row)->feature == feature) {
            m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
            return true;
        }
    }
    return false;
}

void DriftArea::showFeatureRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= static_cast<int>(m_series.size())) {
        return;
    }
    const DriftSeries &s = m_series[static_cast<std::size_t>(sourceRow)];
    if (m_shown == &s) {
        return;
    }
    m_shown = &s;
    m_feature = s.feature;
    m_chart->setSeries(s);
    m_caption->setText(caption(s));
    m_overlay->setSeries(&s);
}

void DriftArea::showEmpty(const QString &message)
{
    m_shown = nullptr;
    m_series.clear();
    m_overlay->setSeries(nullptr);
    m_model->setSummaries({});
    m_chart->clear(message);
    m_caption->clear();
}

} // namespace Quorum::Ui
