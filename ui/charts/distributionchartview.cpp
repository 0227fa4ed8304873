// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionchartview.h"

#include "charts/chartstyle.h"
#include "charts/chartvalues.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace Quorum::Ui {

namespace {

QList<qreal> percentages(const std::vector<double> &shares)
{
    QList<qreal> out;
    out.reserve(static_cast<qsizetype>(shares.size()));
    for (const double share : shares) {
        out << 100.0 * share;
    }
    return out;
}

} // namespace

DistributionChartView::DistributionChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("distributionChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_reference = new QBarSet(tr("Reference"));
    m_reference->setObjectName(QStringLiteral("referenceShares"));
    m_current = new QBarSet(tr("Current window"));
    m_current->setObjectName(QStringLiteral("currentShares"));
    m_bars = new QBarSeries;
    m_bars->append(m_reference);
    m_bars->append(m_current);
    m_bars->setBarWidth(0.8);
    chart->addSeries(m_bars);
    m_x = new QBarCategoryAxis;
    m_x->setTitleText(tr("Bin"));
    m_y = new QValueAxis;
    m_y->setTitleText(tr("Share (%)"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_bars->attachAxis(m_x);
    m_bars->attachAxis(m_y);
    connect(m_bars, &QBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { onHovered(state, index); });
    setChart(chart);
    updateStyle();
    clear({});
}

void DistributionChartView::setOverlay(const DistributionOverlay &overlay, const QString &title)
{
    m_overlay = overlay;
    chart()->setTitle(title);
    // Axis labels are rich text: a numeric range breaks after its dash onto two lines, so ten
    // bins fit side by side in a narrow chart.
    QStringList labels;
    for (const QString &label : overlay.labels) {
        labels << label.toHtmlEscaped().replace(QStringLiteral("–"), QStringLiteral("–<br>"));
    }
    m_x->setCategories(labels);
    m_reference->remove(0, m_reference->count());
    m_current->remove(0, m_current->count());
    m_reference->append(percentages(overlay.reference));
    m_current->append(percentages(overlay.current));
    m_y->setRange(0.0, std::max(1.0, 100.0 * overlay.largestShare() * 1.1));
    m_y->applyNiceNumbers();
}

void DistributionChartView::clear(const QString &message)
{
    m_overlay = {};
    chart()->setTitle(message);
    m_x->clear();
    m_reference->remove(0, m_reference->count());
    m_current->remove(0, m_current->count());
    m_y->setRange(0.0, 100.0);
}

void DistributionChartView::onHovered(bool state, int index)
{
    if (!state || index < 0 || index >= m_overlay.binCount()) {
        QToolTip::hideText();
        return;
    }
    const auto i = static_cast<std::size_t>(index);
    QToolTip::showText(QCursor::pos(),
                       tr("Bin %1\nReference: %2\nCurrent: %3")
                           .arg(m_overlay.labels.at(index), formatShare(m_overlay.reference[i]),
                                formatShare(m_overlay.current[i])),
                       this);
}

void DistributionChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateStyle();
    }
    QChartView::changeEvent(event);
}

void DistributionChartView::updateStyle()
{
    const ChartColors c = chartColors(palette());
    styleChart(chart(), palette());
    m_reference->setColor(c.secondary);
    m_reference->setBorderColor(c.secondary);
    m_current->setColor(c.primary);
    m_current->setBorderColor(c.primary);
}

} // namespace Quorum::Ui
