// SPDX-License-Identifier: GPL-3.0-or-later
#include "homearea.h"

#include "alerts/alertspanel.h"
#include "dashboard/dashboardsnapshot.h"
#include "home/dashboardlist.h"
#include "home/homerows.h"
#include "home/kpitiles.h"
#include "settings/signingidentity.h"
#include "storage/database.h"
#include "widgets/backgroundread.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

const QString kPeriodSetting = QStringLiteral("home/period");

} // namespace

HomeArea::HomeArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homeArea"));
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("homeScroll"));
    m_scroll->setAccessibleName(tr("Home dashboard"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(createSections());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_scroll, 1);
    clear();
}

QWidget *HomeArea::createHeader()
{
    auto *header = new QWidget;
    auto *title = new QLabel(tr("Home"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_updated = new QLabel;
    m_updated->setObjectName(QStringLiteral("homeUpdated"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("homePeriod"));
    m_period->setAccessibleName(tr("KPI period"));
    m_period->setToolTip(tr("The period the governance KPIs are counted over (Alt+P)"));
    for (const DashboardPeriod period : kAllDashboardPeriods) {
        m_period->addItem(dashboardPeriodLabel(period), dashboardPeriodKey(period));
    }
    const DashboardPeriod remembered
        = dashboardPeriodFromKey(QSettings().value(kPeriodSetting).toString());
    m_period->setCurrentIndex(m_period->findData(dashboardPeriodKey(remembered)));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kPeriodSetting, dashboardPeriodKey(period()));
        reload();
    });
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addWidget(m_updated, 1);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    return header;
}

QLabel *HomeArea::addHeading(QLayout *layout, const QString &text, QWidget *buddy)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    heading->setBuddy(buddy);
    layout->addWidget(heading);
    return heading;
}

QLabel *HomeArea::addNote(QLayout *layout, const QString &text)
{
    auto *note = new QLabel(text);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    return note;
}

QWidget *HomeArea::createSections()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(8);

    m_kpis = new KpiTiles;
    addHeading(layout, tr("Governance KPIs"), m_kpis);
    layout->addWidget(m_kpis);

    m_mine = new DashboardList(QStringLiteral("homeMine"), tr("Waiting for my decision"));
    m_mine->setColumns(HomeRows::myDecisionColumns());
    m_mineHeading = addHeading(layout, tr("&Waiting for my decision"), m_mine);
    m_mineNote = addNote(layout, {});
    layout->addWidget(m_mine);

    m_expiring = new DashboardList(QStringLiteral("homeExpiring"), tr("Expiring soon"));
    m_expiring->setColumns(HomeRows::expiringColumns());
    addHeading(layout, tr("E&xpiring soon"), m_expiring);
    m_expiringNote = addNote(layout, {});
    layout->addWidget(m_expiring);

    m_reviews = new DashboardList(QStringLiteral("homeReviews"), tr("Periodic review due"));
    m_reviews->setColumns(HomeRows::reviewColumns());
    addHeading(layout, tr("Periodic &review due"), m_reviews);
    addNote(layout, HomeRows::reviewCadence());
    layout->addWidget(m_reviews);

    m_alerts = new AlertsPanel;
    m_alerts->setAccessibleName(tr("Alerts"));
    addHeading(layout, tr("&Alerts"), m_alerts);
    layout->addWidget(m_alerts);

    m_retirements
        = new DashboardList(QStringLiteral("homeRetirements"), tr("Retirements in progress"));
    m_retirements->setColumns(HomeRows::retirementColumns());
    addHeading(layout, tr("Re&tirements in progress"), m_retirements);
    layout->addWidget(m_retirements);
    layout->addStretch(1);

    connect(m_mine, &DashboardList::rowActivated, this, &HomeArea::requestActivated);
    connect(m_expiring, &DashboardList::rowActivated, this, &HomeArea::requestActivated);
    connect(m_reviews, &DashboardList::rowActivated, this, &HomeArea::modelActivated);
    connect(m_retirements, &DashboardList::rowActivated, this, &HomeArea::modelActivated);
    connect(m_alerts, &AlertsPanel::modelActivated, this, &HomeArea::modelActivated);
    connect(m_alerts, &AlertsPanel::readFailed, this, &HomeArea::readFailed);
    return page;
}

void HomeArea::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = source;
    m_alerts->setDatabaseSource(std::move(source));
}

void HomeArea::setSigningIdentity(SigningIdentity *identity)
{
    if (m_identity) {
        disconnect(m_identity, nullptr, this, nullptr);
    }
    m_identity = identity;
    m_alerts->setSigningIdentity(identity);
    if (identity) {
        connect(identity, &SigningIdentity::resolved, this, [this] {
            if (m_databaseSource && m_databaseSource()) {
                reload();
            }
        });
    }
}

DashboardPeriod HomeArea::period() const
{
    return dashboardPeriodFromKey(m_period->currentData().toString());
}

void HomeArea::setPeriod(DashboardPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(dashboardPeriodKey(period)));
}

std::optional<qint64> HomeArea::personId() const
{
    if (m_identity && m_identity->status() == SigningIdentity::Status::Registered) {
        return m_identity->personId();
    }
    return std::nullopt;
}

void HomeArea::reload()
{
    const quint64 generation = ++m_generation;
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    if (!db) {
        clear();
        return;
    }
    m_alerts->reload();
    DashboardQuery query;
    query.now = db->now();
    query.period = period();
    query.personId = personId();
    readInBackground<DashboardSnapshot>(
        this, *db,
        [query](Database &worker) {
            worker.setClock([now = query.now] { return now; }); // my inbox judges expiry by it
            return readDashboard(worker, query);
        },
        [this, generation](DashboardSnapshot snapshot) {
            if (generation == m_generation) {
                setSnapshot(snapshot);
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void HomeArea::clear()
{
    ++m_generation;
    const QString none = tr("No database is open.");
    m_kpis->clear();
    for (DashboardList *list : {m_mine, m_expiring, m_reviews, m_retirements}) {
        list->showMessage(none);
    }
    m_updated->clear();
    m_expiringNote->clear();
    m_expiringNote->hide();
    updateMineHeading();
    m_alerts->clear();
}

void HomeArea::updateMineHeading()
{
    const bool personal = personId().has_value();
    m_mineHeading->setText(personal ? tr("&Waiting for my decision")
                                    : tr("&Waiting for a decision"));
    m_mineNote->setText(personal ? tr("Requests awaiting %1.").arg(m_identity->person()->name)
                                 : tr("Every pending request. Choose your signing identity in "
                                      "Settings to see only the requests awaiting you."));
}

void HomeArea::setSnapshot(const DashboardSnapshot &s)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    const QDateTime now = s.query.now;
    m_kpis->setKpis(s.kpis, s.query.period);
    updateMineHeading();
    m_mine->setRows(HomeRows::myDecisions(s.mine),
                    s.query.personId ? tr("Nothing awaits your decision.")
                                     : tr("No request awaits a decision."));
    const int days = s.query.expiringWithinDays;
    m_expiringNote->setText(tr(
        "Pending requests that expire within %n day(s) unless they are decided.", nullptr, days));
    m_expiringNote->show();
    m_expiring->setRows(HomeRows::expiring(s.expiring, now),
                        tr("No request expires in the next %n day(s).", nullptr, days));
    m_reviews->setRows(HomeRows::reviews(s.reviews),
                       tr("No model in production is due for a periodic review."));
    m_retirements->setRows(HomeRows::retirements(s.retirements),
                           tr("No retirement is in progress."));
    m_updated->setText(
        tr("As of %1").arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)));
    // Lay the grown or shrunk lists out now, so the old scroll position means the same place.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_scroll->verticalScrollBar()->setValue(scrolled);
    Q_EMIT loaded();
}

} // namespace Quorum::Ui
