// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspanel.h"

#include "alerts/acknowledgedialog.h"
#include "alerts/alertsortmodel.h"
#include "oversight/alertlistmodel.h"
#include "oversight/alertrepository.h"
#include "settings/signingidentity.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum::Ui {

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_sorted(new AlertSortModel(this))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setPalette(palette());
    createTable();
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(m_stack, 1);
    setTabOrder(m_showAcknowledged, m_acknowledge);
    setTabOrder(m_acknowledge, m_table);
    showEmpty(tr("No database is open."));
}

QWidget *AlertsPanel::createHeader()
{
    auto *header = new QWidget;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("alertsCount"));
    m_showAcknowledged = new QCheckBox(tr("S&how acknowledged"));
    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledged"));
    m_showAcknowledged->setAccessibleName(tr("Show acknowledged alerts"));
    m_showAcknowledged->setToolTip(tr("List the alerts already acknowledged, with who and why"));
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertsPanel::reload);
    m_acknowledge = new QPushButton(tr("&Acknowledge…"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the selected alert"));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPanel::acknowledge);

    // Ctrl+K while the focus is in this panel: the dashboard and a model page may both show
    // one, so a window-wide shortcut would be ambiguous.
    auto *action = new QAction(tr("Acknowledge Alert…"), this);
    action->setObjectName(QStringLiteral("acknowledgeAlertAction"));
    action->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_K));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this] {
        if (m_acknowledge->isEnabled()) {
            acknowledge();
        }
    });
    addAction(action);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count, 1);
    layout->addWidget(m_showAcknowledged);
    layout->addWidget(m_acknowledge);
    return header;
}

void AlertsPanel::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setAccessibleName(tr("Monitoring alerts"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::WindowColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPanel::updateState);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT modelActivated(index.data(AlertListModel::ModelIdRole).toLongLong());
    });
}

void AlertsPanel::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

void AlertsPanel::setSigningIdentity(SigningIdentity *identity)
{
    if (m_identity) {
        disconnect(m_identity, nullptr, this, nullptr);
    }
    m_identity = identity;
    if (m_identity) {
        connect(m_identity, &SigningIdentity::resolved, this, &AlertsPanel::updateState);
    }
    updateState();
}

void AlertsPanel::setModelFilter(std::optional<qint64> modelId)
{
    m_modelFilter = modelId;
}

void AlertsPanel::reload()
{
    const quint64 generation = ++m_generation;
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    if (!db) {
        clear();
        return;
    }
    const AlertFilter filter{m_showAcknowledged->isChecked() ? AlertScope::All : AlertScope::Active,
                             m_modelFilter};
    readInBackground<std::vector<Alert>>(
        this, *db, [filter](Database &worker) { return AlertRepository(worker).list(filter); },
        [this, generation](std::vector<Alert> alerts) {
            if (generation == m_generation) {
                setAlerts(std::move(alerts));
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void AlertsPanel::clear()
{
    ++m_generation;
    m_model->setAlerts({});
    showEmpty(tr("No database is open."));
    updateCount();
}

int AlertsPanel::activeCount() const
{
    const std::vector<Alert> &alerts = m_model->alerts();
    return int(std::count_if(alerts.begin(), alerts.end(),
                             [](const Alert &alert) { return alert.isActive(); }));
}

void AlertsPanel::setAlerts(std::vector<Alert> alerts)
{
    const qint64 selected = selectedAlertId();
    const bool firstLoad = m_model->rowCount() == 0;
    m_model->setAlerts(std::move(alerts));
    if (m_model->rowCount() == 0) {
        showEmpty(m_showAcknowledged->isChecked()
                      ? tr("No alerts have been raised: every monitored value is within its "
                           "tier's thresholds.")
                      : tr("No active alerts: every monitored value is within its tier's "
                           "thresholds, or its alert was acknowledged."));
    } else {
        m_stack->setCurrentWidget(m_table);
        if (firstLoad) {
            m_table->resizeColumnsToContents();
        }
        selectAlert(selected);
        if (selectedAlertId() == 0) {
            m_table->setCurrentIndex(m_sorted->index(0, 0));
        }
    }
    updateCount();
    updateState();
    Q_EMIT loaded();
}

void AlertsPanel::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    updateState();
}

void AlertsPanel::updateCount()
{
    const int active = activeCount();
    m_count->setText(active == 0 ? tr("No active alerts")
                                 : tr("%n active alert(s)", nullptr, active));
}

const Alert *AlertsPanel::selectedAlert() const
{
    if (m_stack->currentWidget() != m_table) {
        return nullptr;
    }
    return m_model->alertAt(m_sorted->mapToSource(m_table->currentIndex()).row());
}

qint64 AlertsPanel::selectedAlertId() const
{
    const Alert *alert = selectedAlert();
    return alert ? alert->id : 0;
}

void AlertsPanel::selectAlert(qint64 alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row >= 0) {
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

QString AlertsPanel::acknowledgeBlockedBy(const Alert *alert) const
{
    if (!alert) {
        return tr("Select an active alert to acknowledge it.");
    }
    if (!alert->isActive()) {
        return tr("This alert was acknowledged by %1.").arg(alert->acknowledgedByName);
    }
    const auto status = m_identity ? m_identity->status() : SigningIdentity::Status::NoKey;
    switch (status) {
    case SigningIdentity::Status::Registered:
        return {};
    case SigningIdentity::Status::NotRegistered:
        return tr("Your certificate is not registered to a person in this database, so nobody "
                  "could be named as acknowledging. Settings says how to register it.");
    case SigningIdentity::Status::Failed:
        return m_identity->failure();
    case SigningIdentity::Status::NoDatabase:
    case SigningIdentity::Status::Resolving:
        return tr("Looking up who you are in this database…");
    case SigningIdentity::Status::NoKey:
        break;
    }
    return tr("Choose your signing identity (Settings → Signing identity): an acknowledgement "
              "names the person who made it.");
}

void AlertsPanel::updateState()
{
    const QString blocked = acknowledgeBlockedBy(selectedAlert());
    m_acknowledge->setEnabled(blocked.isEmpty());
    m_acknowledge->setToolTip(
        blocked.isEmpty() ? tr("Acknowledge the selected alert with a comment (Ctrl+K)") : blocked);
}

AcknowledgeDialog *AlertsPanel::acknowledge()
{
    const Alert *alert = selectedAlert();
    if (!acknowledgeBlockedBy(alert).isEmpty()) {
        return nullptr;
    }
    auto *dialog = new AcknowledgeDialog(*alert, *m_identity->person(), m_databaseSource, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcknowledgeDialog::acknowledged, this, [this](const Alert &done) {
        m_model->updateAlert(done);
        updateCount();
        updateState();
        Q_EMIT acknowledged(done.id);
    });
    connect(dialog, &AcknowledgeDialog::failed, this, &AlertsPanel::reload);
    dialog->open();
    return dialog;
}

void AlertsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_sorted->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace Quorum::Ui
