// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitiles.h"

#include "dashboard/governancekpis.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

QString kpiKey(KpiTiles::Kpi kpi)
{
    switch (kpi) {
    case KpiTiles::Kpi::TimeToDeployment:
        return QStringLiteral("TimeToDeployment");
    case KpiTiles::Kpi::Retrains:
        return QStringLiteral("Retrains");
    case KpiTiles::Kpi::DriftIncidents:
        return QStringLiteral("DriftIncidents");
    case KpiTiles::Kpi::ComplianceIncidents:
        return QStringLiteral("ComplianceIncidents");
    }
    return {};
}

} // namespace

KpiTiles::KpiTiles(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](Kpi kpi, const QString &title, const QString &definition) {
        m_tiles[std::size_t(kpi)] = createTile(kpi, title, definition);
        layout->addWidget(m_tiles[std::size_t(kpi)].frame, 1);
    };
    add(Kpi::TimeToDeployment, tr("Time to deployment"),
        tr("Median days from a version's registration to the approval of its release to "
           "production, over the releases approved in the period."));
    add(Kpi::Retrains, tr("Retrains"),
        tr("Versions registered in the period whose parent version has been in production."));
    add(Kpi::DriftIncidents, tr("Drift incidents"),
        tr("Episodes of drift per version and feature that began in the period; consecutive "
           "drift windows count once."));
    add(Kpi::ComplianceIncidents, tr("Compliance incidents"),
        tr("Requests rejected or expired and waivers granted in the period. Failed audit-trail "
           "verifications are not stored, so they are not counted."));
    clear();
}

KpiTiles::Tile KpiTiles::createTile(Kpi kpi, const QString &title, const QString &definition)
{
    Tile tile;
    tile.title = title;
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("kpi") + kpiKey(kpi));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(definition);
    frame->setAccessibleName(title);
    frame->setAccessibleDescription(definition);
    frame->setFocusPolicy(Qt::TabFocus); // screen readers reach the figure from the keyboard
    auto *heading = new QLabel(title);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    tile.value = new QLabel;
    tile.value->setObjectName(QStringLiteral("kpiValue") + kpiKey(kpi));
    QFont valueFont = tile.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    tile.value->setFont(valueFont);
    tile.unit = new QLabel;
    tile.caption = new QLabel;
    tile.caption->setObjectName(QStringLiteral("kpiCaption") + kpiKey(kpi));
    tile.caption->setForegroundRole(QPalette::PlaceholderText);
    tile.caption->setWordWrap(true);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(tile.value);
    valueRow->addWidget(tile.unit, 1, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(heading);
    layout->addLayout(valueRow);
    layout->addWidget(tile.caption);
    layout->addStretch(1);
    tile.frame = frame;
    return tile;
}

void KpiTiles::showFigure(Kpi kpi, const QString &value, const QString &unit,
                          const QString &caption)
{
    Tile &tile = m_tiles[std::size_t(kpi)];
    tile.value->setText(value);
    tile.unit->setText(unit);
    tile.caption->setText(caption);
    tile.frame->setAccessibleName(
        tr("%1: %2 %3. %4").arg(tile.title, value, unit, caption).simplified());
}

void KpiTiles::setKpis(const GovernanceKpis &kpis, DashboardPeriod period)
{
    const QString periodText = dashboardPeriodLabel(period);
    const QLocale locale;
    if (kpis.medianDaysToDeployment) {
        showFigure(Kpi::TimeToDeployment, locale.toString(*kpis.medianDaysToDeployment, 'f', 1),
                   tr("days (median)"),
                   tr("%n deployment(s) · %1", nullptr, kpis.deployments).arg(periodText));
    } else {
        showFigure(Kpi::TimeToDeployment, tr("—"), {}, tr("No deployment · %1").arg(periodText));
    }
    showFigure(Kpi::Retrains, locale.toString(kpis.retrains), {}, periodText);
    showFigure(Kpi::DriftIncidents, locale.toString(kpis.driftIncidents), {}, periodText);
    const ComplianceIncidents &c = kpis.compliance;
    showFigure(Kpi::ComplianceIncidents, locale.toString(c.total()), {},
               tr("%1 rejected · %2 waived · %3 expired · %4")
                   .arg(locale.toString(c.rejectedRequests), locale.toString(c.waiversGranted),
                        locale.toString(c.expiredRequests), periodText));
}

void KpiTiles::clear()
{
    for (const Kpi kpi :
         {Kpi::TimeToDeployment, Kpi::Retrains, Kpi::DriftIncidents, Kpi::ComplianceIncidents}) {
        showFigure(kpi, tr("—"), {}, tr("No database is open."));
    }
}

QString KpiTiles::value(Kpi kpi) const
{
    return m_tiles[std::size_t(kpi)].value->text();
}

QString KpiTiles::caption(Kpi kpi) const
{
    return m_tiles[std::size_t(kpi)].caption->text();
}

} // namespace Quorum::Ui
