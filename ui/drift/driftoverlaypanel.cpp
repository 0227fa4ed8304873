// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftoverlaypanel.h"

#include "charts/chartvalues.h"
#include "charts/distributionchartview.h"
#include "charts/distributionoverlay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum::Ui {

DriftOverlayPanel::DriftOverlayPanel(QWidget *parent)
    : QWidget(parent)
    , m_windows(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_chart(new DistributionChartView(this))
{
    m_windows->setObjectName(QStringLiteral("overlayWindow"));
    m_windows->setAccessibleName(tr("Window"));
    m_windows->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note->setObjectName(QStringLiteral("overlayNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    auto *label = new QLabel(tr("&Window:"), this);
    label->setBuddy(m_windows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_windows);
    bar->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    connect(m_windows, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            onListIndex();
        }
    });
    setSeries(nullptr);
}

void DriftOverlayPanel::setSeries(const DriftSeries *series)
{
    m_series = series;
    m_shown.reset();
    m_filling = true;
    m_windows->clear();
    if (series) {
        for (std::size_t i = series->points.size(); i-- > 0;) {
            const DriftPoint &p = series->points[i];
            if (!p.binsJson.isEmpty()) {
                m_windows->addItem(tr("%1 · %2").arg(formatWindow(p.windowStart, p.windowEnd),
                                                     driftStatusLabel(p.status)),
                                   QVariant::fromValue(static_cast<qulonglong>(i)));
            }
        }
    }
    m_filling = false;
    m_windows->setEnabled(m_windows->count() > 0);
    const std::optional<std::size_t> worst
        = series ? series->worstPoint(WindowFilter::WithDistributions) : std::nullopt;
    if (worst) {
        showWindow(*worst);
    } else {
        m_note->setText(series ? tr("No window of this series has stored distributions.")
                               : QString());
        m_chart->clear(tr("Reference and current distributions"));
    }
}

void DriftOverlayPanel::showWindow(std::size_t index)
{
    if (!m_series || index >= m_series->points.size()) {
        return;
    }
    const int row = m_windows->findData(QVariant::fromValue(static_cast<qulonglong>(index)));
    if (row < 0) {
        const DriftPoint &p = m_series->points[index];
        m_shown = index;
        m_note->setText(tr("No distributions were stored for %1; the list holds the windows "
                           "that have them.")
                            .arg(formatWindow(p.windowStart, p.windowEnd)));
        m_chart->clear(tr("No distributions for this window"));
        Q_EMIT windowShown(index);
        return;
    }
    m_filling = true;
    m_windows->setCurrentIndex(row);
    m_filling = false;
    show(index);
}

void DriftOverlayPanel::stepWindow(int step)
{
    if (m_windows->count() == 0) {
        return;
    }
    // The list is newest first: an older window is further down.
    const int row = std::clamp(m_windows->currentIndex() - step, 0, m_windows->count() - 1);
    m_windows->setCurrentIndex(row);
}

void DriftOverlayPanel::onListIndex()
{
    if (m_windows->currentIndex() >= 0) {
        show(static_cast<std::size_t>(m_windows->currentData().toULongLong()));
    }
}

void DriftOverlayPanel::show(std::size_t index)
{
    const DriftPoint &p = m_series->points[index];
    m_shown = index;
    const std::optional<DistributionOverlay> overlay = parseDistributionOverlay(p.binsJson);
    if (!overlay) {
        m_note->setText(tr("The distributions stored for this window cannot be read."));
        m_chart->clear(tr("Unreadable distributions"));
    } else {
        m_note->setText(tr("%1 %2 · %3")
                            .arg(driftStatisticName(m_series->statistic), formatDriftValue(p.value),
                                 driftStatusLabel(p.status)));
        m_chart->setOverlay(*overlay,
                            tr("%1: reference vs current, %2")
                                .arg(m_series->feature, formatWindow(p.windowStart, p.windowEnd)));
    }
    Q_EMIT windowShown(index);
}

} // namespace Quorum::Ui
