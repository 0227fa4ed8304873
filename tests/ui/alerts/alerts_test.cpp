// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts panel: what a user sees of the monitoring alerts (severity, model, what crossed
// which threshold, window), the "Show acknowledged" filter, and acknowledging one with a
// comment as the registered signing identity.
#include "alerts/acknowledgedialog.h"
#include "alerts/alertspanel.h"
#include "desktop/statuscolour.h"
#include "oversight/alertlistmodel.h"
#include "oversight/alertrepository.h"
#include "oversight/alertscan.h"
#include "settings/signingidentity.h"
#include "storage/driftrepository.h"
#include "storage/modelrepository.h"
#include "storage/query.h"
#include "storage/writetransaction.h"
#include "testkeys.h"
#include "uidemo.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

int scalar(Database &db, const QString &sql)
{
    return Query::scalar(db, sql).toInt();
}

/// Reloads @p panel and waits for the rows.
void load(Ui::AlertsPanel &panel)
{
    QSignalSpy loaded(&panel, &Ui::AlertsPanel::loaded);
    panel.reload();
    REQUIRE(loaded.wait(kTimeoutMs));
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

/// The small governance database with two alerts on credit-risk 1.0.0 (tier 2): income PSI
/// 0.23 (critical: ≥ 2 × 0.10) in the week ending 2026-11-08 and 0.12 (warning) in the week
/// ending 2026-11-15; the signing identity is chosen per test.
struct SmallAlerts
{
    SmallAlerts()
        : gov(2)
    {
        Test::resetUiSettings();
        {
            WriteTransaction transaction(gov.db());
            for (const auto &[end, psi] :
                 {std::pair{QDate(2026, 11, 8), 0.23}, std::pair{QDate(2026, 11, 15), 0.12}}) {
                DriftObservation o;
                o.versionId = gov.versionId();
                o.feature = QStringLiteral("income");
                o.windowStart = end.addDays(-6);
                o.windowEnd = end;
                o.statistic = QStringLiteral("psi");
                o.value = psi;
                DriftRepository(gov.db()).add(transaction, o);
            }
            REQUIRE(AlertScan(transaction).scanVersion(gov.versionId()).size() == 2);
            transaction.commit();
        }
        identity.setDatabaseSource(gov.source());
        panel.setDatabaseSource(gov.source());
        panel.setSigningIdentity(&identity);
        panel.show();
        load(panel);
        table = child<QTableView>(panel, QStringLiteral("alertsTable"));
        button = child<QPushButton>(panel, QStringLiteral("acknowledgeButton"));
    }

    ~SmallAlerts() { Test::resetUiSettings(); }

    void actAs(const QString &handle)
    {
        const Test::TestKey key = Test::testKey(handle);
        identity.setKey(key.p12Path, key.certificate);
        REQUIRE(QTest::qWaitFor(
            [this] { return identity.status() != Ui::SigningIdentity::Status::Resolving; },
            kTimeoutMs));
    }

    Test::UiGovernance gov;
    Ui::SigningIdentity identity;
    Ui::AlertsPanel panel;
    QTableView *table = nullptr;
    QPushButton *button = nullptr;
};

} // namespace

TEST_CASE("The panel lists the demo's active alerts with their severity and what crossed",
          "[ui][alerts]")
{
    Test::resetUiSettings();
    Test::UiDemo demo;
    Ui::AlertsPanel panel;
    panel.setDatabaseSource(demo.source());
    panel.show();
    load(panel);

    const int active = scalar(demo.db(),
                              QStringLiteral("SELECT count(*) FROM alerts "
                                             "WHERE status = 'active'"));
    REQUIRE(active > 0);
    auto *table = child<QTableView>(panel, QStringLiteral("alertsTable"));
    CHECK(table->model()->rowCount() == active);
    CHECK(panel.activeCount() == active);
    CHECK(child<QLabel>(panel, QStringLiteral("alertsCount"))
              ->text()
              .startsWith(QString::number(active) + QStringLiteral(" active alert")));
    // Newest window first: fraud detection's accuracy in the window ending on 2026-11-15.
    CHECK(cell(table, 0, AlertListModel::ModelColumn) == QStringLiteral("Card fraud detector"));
    CHECK(cell(table, 0, AlertListModel::TriggerColumn)
          == QStringLiteral("Accuracy decay · accuracy"));
    CHECK(cell(table, 0, AlertListModel::WindowColumn).endsWith(QStringLiteral("2026-11-15")));
    CHECK(cell(table, 0, AlertListModel::StatusColumn) == QStringLiteral("Active"));
    // Every row names its severity in words and in the status colour of the palette, with an
    // icon; critical rows are at twice the threshold or more.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex severity = table->model()->index(row, AlertListModel::SeverityColumn);
        const bool critical = severity.data().toString() == QStringLiteral("Critical");
        CHECK((critical || severity.data().toString() == QStringLiteral("Warning")));
        CHECK(severity.data(Qt::ForegroundRole).value<QColor>()
              == Ui::statusColour(critical ? Ui::Status::Fail : Ui::Status::Warn, panel.palette()));
        CHECK_FALSE(severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    // Sorting by severity puts the critical ones first.
    table->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    CHECK(cell(table, 0, AlertListModel::SeverityColumn) == QStringLiteral("Critical"));
}

TEST_CASE("Show acknowledged adds the acknowledged alerts with who acknowledged them",
          "[ui][alerts]")
{
    Test::resetUiSettings();
    Test::UiDemo demo;
    Ui::AlertsPanel panel;
    panel.setDatabaseSource(demo.source());
    const auto churn = ModelRepository(demo.db()).byName(QStringLiteral("customer-churn"));
    REQUIRE(churn);
    panel.setModelFilter(churn->id);
    panel.show();
    load(panel);
    auto *table = child<QTableView>(panel, QStringLiteral("alertsTable"));
    // The churn episode of April was acknowledged: nothing active.
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QLabel>(panel, QStringLiteral("alertsEmpty"))->isVisible());
    CHECK(child<QLabel>(panel, QStringLiteral("alertsCount"))->text()
          == QStringLiteral("No active alerts"));

    QSignalSpy loaded(&panel, &Ui::AlertsPanel::loaded);
    child<QCheckBox>(panel, QStringLiteral("showAcknowledged"))->click();
    REQUIRE(loaded.wait(kTimeoutMs));
    const int churnAlerts = scalar(demo.db(),
                                   QStringLiteral("SELECT count(*) FROM alerts a "
                                                  "JOIN model_versions v ON v.id = "
                                                  "a.version_id WHERE v.model_id = %1")
                                       .arg(churn->id));
    REQUIRE(churnAlerts > 0);
    REQUIRE(table->model()->rowCount() == churnAlerts);
    for (int row = 0; row < churnAlerts; ++row) {
        CHECK(cell(table, row, AlertListModel::ModelColumn)
              == QStringLiteral("Customer churn predictor"));
        CHECK(cell(table, row, AlertListModel::StatusColumn)
                  .startsWith(QStringLiteral("Acknowledged by ")));
        CHECK(table->model()
                  ->index(row, AlertListModel::StatusColumn)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("monthly charges")));
    }
    CHECK(panel.activeCount() == 0);
}

TEST_CASE_METHOD(SmallAlerts, "Acknowledge is disabled and says why without a registered person",
                 "[ui][alerts]")
{
    REQUIRE(table->model()->rowCount() == 2);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().startsWith(QStringLiteral("Choose your signing identity")));
    CHECK(panel.acknowledge() == nullptr);

    actAs(QStringLiteral("stranger"));
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().startsWith(
        QStringLiteral("Your certificate is not registered to a person in this database")));

    actAs(QStringLiteral("reviewer1"));
    CHECK(button->isEnabled());
    CHECK(button->toolTip()
          == QStringLiteral("Acknowledge the selected alert with a comment "
                            "(Ctrl+K)"));
}

TEST_CASE_METHOD(SmallAlerts, "Acknowledging with a comment shows the row as acknowledged",
                 "[ui][alerts]")
{
    actAs(QStringLiteral("reviewer1"));
    // The newest window first: PSI 0.12 of the week ending 2026-11-15, a warning.
    CHECK(cell(table, 0, AlertListModel::MeasureColumn) == QStringLiteral("PSI 0.120 > 0.100"));
    CHECK(cell(table, 0, AlertListModel::SeverityColumn) == QStringLiteral("Warning"));
    CHECK(cell(table, 1, AlertListModel::SeverityColumn) == QStringLiteral("Critical"));
    const qint64 alertId = panel.selectedAlertId();
    REQUIRE(alertId > 0);

    Ui::AcknowledgeDialog *dialog = panel.acknowledge();
    REQUIRE(dialog);
    CHECK(child<QLabel>(*dialog, QStringLiteral("acknowledgeMeasure"))->text()
          == QStringLiteral("PSI 0.120 > 0.100"));
    CHECK(child<QLabel>(*dialog, QStringLiteral("acknowledgeWho"))
              ->text()
              .startsWith(QStringLiteral("Acknowledged as Test reviewer1")));
    auto *confirm = child<QPushButton>(*dialog, QStringLiteral("confirmAcknowledgeButton"));
    CHECK_FALSE(confirm->isEnabled()); // the comment is required
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, QStringLiteral("acknowledgeComment")),
                     QStringLiteral("Income mix changed after the campaign; watching."));
    REQUIRE(confirm->isEnabled());

    QSignalSpy acknowledged(&panel, &Ui::AlertsPanel::acknowledged);
    QTest::mouseClick(confirm, Qt::LeftButton);
    REQUIRE(acknowledged.wait(kTimeoutMs));
    CHECK(acknowledged.first().first().toLongLong() == alertId);
    CHECK(cell(table, 0, AlertListModel::StatusColumn)
          == QStringLiteral("Acknowledged by Test reviewer1"));
    CHECK(panel.activeCount() == 1);
    CHECK(child<QLabel>(panel, QStringLiteral("alertsCount"))
              ->text()
              .startsWith(QStringLiteral("1 active alert")));
    CHECK_FALSE(button->isEnabled()); // this row is acknowledged now

    const std::optional<Alert> stored = AlertRepository(gov.db()).byId(alertId);
    REQUIRE(stored);
    CHECK(stored->status == AlertStatus::Acknowledged);
    CHECK(stored->acknowledgedBy == gov.person(QStringLiteral("reviewer1")).id);
    CHECK(stored->comment == QStringLiteral("Income mix changed after the campaign; watching."));
    CHECK(Query::scalar(gov.db(),
                        QStringLiteral("SELECT actor || '|' || action FROM "
                                       "audit_events ORDER BY seq DESC LIMIT 1"))
              .toString()
          == QStringLiteral("Test reviewer1|acknowledge"));
}

TEST_CASE_METHOD(SmallAlerts, "An alert acknowledged meanwhile is refused in the dialog",
                 "[ui][alerts]")
{
    actAs(QStringLiteral("reviewer1"));
    const qint64 alertId = panel.selectedAlertId();
    Ui::AcknowledgeDialog *dialog = panel.acknowledge();
    REQUIRE(dialog);
    {
        WriteTransaction transaction(gov.db());
        AlertRepository(gov.db()).acknowledge(transaction, alertId,
                                              gov.person(QStringLiteral("owner")).id,
                                              QStringLiteral("Seen by the owner."));
        transaction.commit();
    }
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, QStringLiteral("acknowledgeComment")),
                     QStringLiteral("Seen."));
    auto *message = child<QLabel>(*dialog, QStringLiteral("acknowledgeMessage"));
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("confirmAcknowledgeButton")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([message] { return message->isVisible(); }, kTimeoutMs));
    CHECK(message->text().startsWith(
        QStringLiteral("Alert #%1 was already acknowledged by Test owner").arg(alertId)));
    CHECK(dialog->isVisible());
    CHECK(AlertRepository(gov.db()).byId(alertId)->comment == QStringLiteral("Seen by the owner."));
    dialog->reject();
}

TEST_CASE_METHOD(SmallAlerts, "Ctrl+K acknowledges and Enter opens the alert's model",
                 "[ui][alerts]")
{
    actAs(QStringLiteral("reviewer1"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    auto *dialog = panel.findChild<Ui::AcknowledgeDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->reject();

    QSignalSpy activated(&panel, &Ui::AlertsPanel::modelActivated);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toLongLong() == gov.modelId());
}
