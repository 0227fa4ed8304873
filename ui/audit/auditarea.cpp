// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditarea.h"

#include "audit/auditeventview.h"
#include "audit/auditfiltermodel.h"
#include "audit/audittrail.h"
#include "audit/auditverification.h"
#include "audit/verificationpanel.h"
#include "itemmodels/auditeventmodel.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

/// The tables whose changes the trail records, offered by the entity filter before any event
/// of them is read.
const QStringList kEntities{
    QStringLiteral("approval_records"), QStringLiteral("audit_checkpoints"),
    QStringLiteral("certificates"),     QStringLiteral("datasets"),
    QStringLiteral("decisions"),        QStringLiteral("drift_observations"),
    QStringLiteral("evaluations"),      QStringLiteral("fairness_reports"),
    QStringLiteral("model_cards"),      QStringLiteral("model_versions"),
    QStringLiteral("models"),           QStringLiteral("people"),
    QStringLiteral("policies"),         QStringLiteral("release_requests"),
    QStringLiteral("risk_assessments"), QStringLiteral("tester_checks"),
};

} // namespace

AuditArea::AuditArea(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditEventModel(this))
    , m_filter(new AuditFilterModel(this))
{
    setObjectName(QStringLiteral("auditArea"));
    m_filter->setSourceModel(m_model);
    m_view = new AuditEventView(m_model, m_filter);
    m_verification = new VerificationPanel;
    m_verification->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_verification);

    connect(m_model, &AuditEventModel::fetchRequested, this, &AuditArea::fetch);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { rememberEntities(first); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditArea::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditArea::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditArea::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditArea::updateCount);
    connect(m_verification, &VerificationPanel::eventChosen, this, &AuditArea::goToEvent);
    updateCount();
}

QWidget *AuditArea::createToolBar()
{
    auto *bar = new QWidget;
    auto *title = new QLabel(tr("Audit trail"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setAccessibleName(tr("Search the audit events"));
    m_search->setPlaceholderText(tr("Filter by actor, action, entity or id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setSearchText);
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->addItem(tr("All entities"), QString());
    for (const QString &entity : kEntities) {
        m_entity->addItem(entity, entity);
    }
    connect(m_entity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEntity(m_entity->currentData().toString()); });
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_loadAll = new QPushButton(tr("Load &All"));
    m_loadAll->setToolTip(tr("Read every older event now, so the filters see them all"));
    connect(m_loadAll, &QPushButton::clicked, this, [this] { m_model->fetchThrough(1); });
    m_verify = new QPushButton(tr("&Verify"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(
        tr("Check the hash chain of the audit trail and every signature (Ctrl+Shift+V)"));
    connect(m_verify, &QPushButton::clicked, this, &AuditArea::verify);

    auto *verifyAction = new QAction(tr("Verify the Audit Trail"), this);
    verifyAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_V));
    verifyAction->setShortcutContext(Qt::WindowShortcut);
    connect(verifyAction, &QAction::triggered, this, &AuditArea::verify);
    auto *find = new QAction(tr("Filter Events"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addActions({verifyAction, find});

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addWidget(m_search);
    layout->addWidget(m_entity);
    layout->addStretch(1);
    layout->addWidget(m_count);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_verify);
    return bar;
}

void AuditArea::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

const Database *AuditArea::database() const
{
    return m_databaseSource ? m_databaseSource() : nullptr;
}

void AuditArea::reload()
{
    const quint64 generation = ++m_generation;
    m_verification->hide(); // a result about the trail as it was
    const Database *db = database();
    if (!db) {
        clear();
        return;
    }
    readInBackground<qint64>(
        this, *db, [](Database &worker) { return AuditTrail(worker).head().seq; },
        [this, generation](qint64 head) {
            if (generation == m_generation) {
                m_model->reset(head);
                m_model->fetchMore({});
                if (!m_model->isFetching()) {
                    Q_EMIT loaded(); // an empty trail
                }
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void AuditArea::clear()
{
    ++m_generation;
    m_wantedSeq = 0;
    m_model->reset(0);
    m_verification->hide();
}

void AuditArea::fetch(qint64 fromSeq, qint64 toSeq)
{
    const Database *db = database();
    if (!db) {
        m_model->batchFailed();
        return;
    }
    const quint64 generation = m_generation;
    readInBackground<std::vector<AuditEvent>>(
        this, *db,
        [fromSeq, toSeq](Database &worker) {
            return AuditTrail(worker).events(fromSeq, static_cast<int>(toSeq - fromSeq + 1));
        },
        [this, generation, fromSeq, toSeq](std::vector<AuditEvent> events) {
            if (generation == m_generation) {
                m_model->addBatch(fromSeq, toSeq, std::move(events));
                onBatch();
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                m_model->batchFailed();
                Q_EMIT readFailed(failure.message, failure.detail);
            }
        });
}

void AuditArea::onBatch()
{
    updateCount();
    m_view->selectFirstIfNone();
    if (m_wantedSeq > 0) {
        goToEvent(m_wantedSeq);
    }
    Q_EMIT loaded();
}

void AuditArea::rememberEntities(int firstRow)
{
    for (int row = firstRow; row < m_model->rowCount(); ++row) {
        const QString entity = m_model->eventAt(row)->entity;
        if (m_entity->findData(entity) < 0) {
            m_entity->addItem(entity, entity);
        }
    }
}

void AuditArea::updateCount()
{
    const QLocale locale;
    const QString loaded = locale.toString(m_model->rowCount());
    const QString total = locale.toString(m_model->headSeq());
    m_count->setText(m_filter->isFiltering()
                         ? tr("%1 shown of %2 loaded · %3 in the trail")
                               .arg(locale.toString(m_filter->rowCount()), loaded, total)
                         : tr("%1 of %2 events loaded").arg(loaded, total));
    m_loadAll->setVisible(!m_model->isComplete());
}

qint64 AuditArea::selectedSeq() const
{
    return m_view->selectedSeq();
}

void AuditArea::goToEvent(qint64 seq)
{
    const int row = m_model->rowOfSeq(seq);
    if (row < 0) {
        m_wantedSeq = m_model->isComplete() ? 0 : seq;
        m_model->fetchThrough(seq);
        return;
    }
    m_wantedSeq = 0;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything
        m_search->clear();
        m_entity->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->select(index);
    m_view->table()->setFocus(Qt::OtherFocusReason);
}

void AuditArea::verify()
{
    const Database *db = database();
    if (!db || !m_verify->isEnabled()) {
        return;
    }
    m_verify->setEnabled(false);
    m_verification->showRunning();
    const quint64 generation = m_generation;
    readInBackground<AuditVerification>(
        this, *db, [](Database &worker) { return verifyAudit(worker); },
        [this, generation](AuditVerification result) {
            m_verify->setEnabled(true);
            if (generation == m_generation) {
                m_verification->showResult(result);
                Q_EMIT verified(result.holds());
            }
        },
        [this](const ReadFailure &failure) {
            m_verify->setEnabled(true);
            m_verification->showFailure(failure.message);
        });
}

} // namespace Quorum::Ui
