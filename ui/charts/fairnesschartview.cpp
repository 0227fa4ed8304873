// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnesschartview.h"

#include "charts/chartstyle.h"
#include "charts/chartvalues.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Quorum::Ui {

namespace {

void fill(QBarSet *set, const std::vector<FairnessBars> &groups,
          std::optional<double> FairnessBars::*rate)
{
    set->remove(0, set->count());
    QList<qreal> values;
    for (const FairnessBars &g : groups) {
        values << (g.*rate).value_or(0.0); // an undefined rate draws no bar
    }
    set->append(values);
}

} // namespace

FairnessChartView::FairnessChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("fairnessChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_selection = new QBarSet(tr("Selection rate"));
    m_tpr = new QBarSet(tr("TPR"));
    m_fpr = new QBarSet(tr("FPR"));
    m_bars = new QBarSeries;
    m_bars->setObjectName(QStringLiteral("groupRates"));
    m_bars->append({m_selection, m_tpr, m_fpr});
    m_fourFifths = new QLineSeries;
    m_fourFifths->setObjectName(QStringLiteral("fourFifthsLine"));
    chart->addSeries(m_bars);
    chart->addSeries(m_fourFifths);

    m_groups = new QBarCategoryAxis;
    m_groups->setTitleText(tr("Group"));
    m_lineX = new QValueAxis;
    m_lineX->setVisible(false);
    m_y = new QValueAxis;
    m_y->setRange(0.0, 1.0);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.1f"));
    m_y->setTitleText(tr("Rate"));
    chart->addAxis(m_groups, Qt::AlignBottom);
    chart->addAxis(m_lineX, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_bars->attachAxis(m_groups);
    m_bars->attachAxis(m_y);
    m_fourFifths->attachAxis(m_lineX);
    m_fourFifths->attachAxis(m_y);
    connect(m_bars, &QBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { onHovered(state, index); });
    setChart(chart);
    updateStyle();
    clear({});
}

void FairnessChartView::setData(const FairnessChartData &data)
{
    m_data = data;
    chart()->setTitle(tr("Rates per group of %1 (★ privileged group)").arg(data.attribute));
    QStringList categories;
    for (const FairnessBars &g : data.groups) {
        categories << (g.privileged ? tr("%1 ★").arg(g.group) : g.group);
    }
    m_groups->setCategories(categories);
    fill(m_selection, data.groups, &FairnessBars::selectionRate);
    fill(m_tpr, data.groups, &FairnessBars::tpr);
    fill(m_fpr, data.groups, &FairnessBars::fpr);
    const double n = static_cast<double>(data.groups.size());
    m_lineX->setRange(-0.5, n - 0.5);
    if (data.fourFifthsLine) {
        const double y = *data.fourFifthsLine;
        m_fourFifths->replace({QPointF(-0.5, y), QPointF(n - 0.5, y)});
        const QLocale locale;
        m_fourFifths->setName(tr("Four-fifths line %1 = 0.8 × %2 (%3)")
                                  .arg(locale.toString(y, 'f', 3),
                                       locale.toString(y / kFourFifths, 'f', 3),
                                       data.privilegedGroup));
    } else {
        m_fourFifths->clear();
        m_fourFifths->setName(tr("No four-fifths line (no privileged selection rate)"));
    }
}

void FairnessChartView::clear(const QString &message)
{
    m_data = {};
    chart()->setTitle(message);
    m_groups->clear();
    for (QBarSet *set : {m_selection, m_tpr, m_fpr}) {
        set->remove(0, set->count());
    }
    m_fourFifths->clear();
    m_fourFifths->setName(tr("Four-fifths line"));
    m_lineX->setRange(-0.5, 0.5);
}

void FairnessChartView::onHovered(bool state, int index)
{
    if (!state || index < 0 || index >= static_cast<int>(m_data.groups.size())) {
        QToolTip::hideText();
        return;
    }
    const FairnessBars &g = m_data.groups[static_cast<std::size_t>(index)];
    QString text = tr("%1 — %2 people\nSelection rate %3\nTrue-positive rate %4\n"
                      "False-positive rate %5")
                       .arg(g.group, QLocale().toString(g.count), formatRate(g.selectionRate),
                            formatRate(g.tpr), formatRate(g.fpr));
    if (g.belowFourFifths) {
        text += QLatin1Char('\n') + tr("Selected below the four-fifths line");
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

void FairnessChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateStyle();
    }
    QChartView::changeEvent(event);
}

void FairnessChartView::updateStyle()
{
    const ChartColors c = chartColors(palette());
    styleChart(chart(), palette());
    const std::pair<QBarSet *, QColor> sets[]{
        {m_selection, c.primary}, {m_tpr, c.tertiary}, {m_fpr, c.secondary}};
    for (const auto &[set, color] : sets) {
        set->setColor(color);
        set->setBorderColor(color);
    }
    m_fourFifths->setPen(QPen(c.threshold, 2.0, Qt::DashLine));
}

} // namespace Quorum::Ui
