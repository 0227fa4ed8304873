// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardtab.h"

#include "modelcard/comparerevisionsdialog.h"
#include "modelcard/modelcardeditor.h"
#include "reports/reportpreview.h"
#include "settings/signingidentity.h"
#include "widgets/backgroundread.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum::Ui {

namespace {

QString withShortcut(const QString &text, const QAction *action)
{
    return QStringLiteral("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

/// The card a version without one starts from: its name and version filled in.
QString emptyCard(const ModelDetails &details, const ModelVersion &version)
{
    const QJsonObject card{
        {QStringLiteral("schema_version"), QStringLiteral("0.0.2")},
        {QStringLiteral("model_details"),
         QJsonObject{
             {QStringLiteral("name"),
              details.model.displayName.isEmpty() ? details.model.name : details.model.displayName},
             {QStringLiteral("version"),
              QJsonObject{{QStringLiteral("name"), version.version.toString()}}}}}};
    return QString::fromUtf8(QJsonDocument(card).toJson(QJsonDocument::Compact));
}

} // namespace

ModelCardTab::ModelCardTab(QWidget *parent)
    : ModelTab(parent)
{
    setObjectName(QStringLiteral("modelCardTab"));
    m_revisions = new QTreeWidget;
    m_revisions->setObjectName(QStringLiteral("cardRevisions"));
    m_revisions->setAccessibleName(tr("Model card revisions"));
    m_revisions->setHeaderLabels({tr("Revision"), tr("Author"), tr("Saved")});
    m_revisions->setRootIsDecorated(false);
    m_revisions->setUniformRowHeights(true);
    m_revisions->header()->setStretchLastSection(true);
    connect(m_revisions, &QTreeWidget::currentItemChanged, this, &ModelCardTab::revisionChosen);
    m_preview = new ReportPreview;
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setAccessibleName(tr("Model card"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_revisions);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 780});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(split, 1);
    updateActions();
}

QWidget *ModelCardTab::createToolbar()
{
    m_versions = new QComboBox;
    m_versions->setObjectName(QStringLiteral("cardVersionChooser"));
    m_versions->setAccessibleName(tr("Model version"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        m_chosenRevision.reset();
        readCard(m_versions->currentData().toLongLong(), std::nullopt);
    });
    auto *label = new QLabel(tr("&Version:"));
    label->setBuddy(m_versions);

    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] { editCard(); });
    m_compareAction = new QAction(tr("&Compare revisions…"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_compareAction, &QAction::triggered, this, [this] { compareRevisions(); });
    addActions({m_editAction, m_compareAction});

    m_edit = new QPushButton(m_editAction->text());
    m_edit->setObjectName(QStringLiteral("editCardButton"));
    m_edit->setAccessibleName(tr("Edit the model card"));
    connect(m_edit, &QPushButton::clicked, m_editAction, &QAction::trigger);
    m_compare = new QPushButton(m_compareAction->text());
    m_compare->setObjectName(QStringLiteral("compareRevisionsButton"));
    m_compare->setAccessibleName(tr("Compare two revisions of the model card"));
    connect(m_compare, &QPushButton::clicked, m_compareAction, &QAction::trigger);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("cardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_versions);
    row->addWidget(m_status, 1);
    row->addWidget(m_edit);
    row->addWidget(m_compare);
    return bar;
}

void ModelCardTab::setSigningIdentity(SigningIdentity *identity)
{
    ModelTab::setSigningIdentity(identity);
    if (identity) {
        connect(identity, &SigningIdentity::resolved, this, &ModelCardTab::updateActions,
                Qt::UniqueConnection);
    }
    updateActions();
}

void ModelCardTab::showModel(const ModelDetails &details)
{
    const bool sameModel = m_details && m_details->model.id == details.model.id;
    const qint64 keep = sameModel ? m_versions->currentData().toLongLong() : 0;
    if (!sameModel) {
        m_chosenRevision.reset();
    }
    m_details = details;
    fillVersions();
    const int index = m_versions->findData(keep);
    const QSignalBlocker blocker(m_versions);
    m_versions->setCurrentIndex(index >= 0 ? index : 0);
    if (m_versions->count() == 0) {
        m_view = {};
        m_revisions->clear();
        m_preview->showMessage(tr("This model has no versions yet, so it has no model card."));
        updateActions();
        return;
    }
    readCard(m_versions->currentData().toLongLong(), m_chosenRevision);
}

/// The production version first, then the others newest first.
void ModelCardTab::fillVersions()
{
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    std::vector<const ModelVersion *> ordered;
    for (const ModelVersion &v : m_details->versions) {
        ordered.push_back(&v);
    }
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const ModelVersion *v) { return v->stage == Stage::Production; });
    for (const ModelVersion *v : ordered) {
        m_versions->addItem(tr("%1 — %2").arg(v->version.toString(), stageLabel(v->stage)), v->id);
    }
}

void ModelCardTab::clear()
{
    dropReads();
    m_details.reset();
    m_view = {};
    m_chosenRevision.reset();
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->clear();
    }
    m_revisions->clear();
    m_preview->showMessage(QString());
    m_status->clear();
    updateActions();
}

void ModelCardTab::readCard(qint64 versionId, std::optional<int> revision)
{
    if (!database() || !m_details || versionId == 0) {
        return;
    }
    m_status->setText(tr("Reading the model card…"));
    readLatest<ModelCardView>(
        [details = *m_details, versionId, revision](Database &worker) {
            return readModelCardView(worker, details, versionId, revision);
        },
        [this](ModelCardView view) { setView(std::move(view)); },
        [this] { m_status->setText(tr("The model card could not be read.")); });
}

void ModelCardTab::setView(ModelCardView view)
{
    m_view = std::move(view);
    m_status->clear();
    fillRevisions();
    if (m_view.revisions.empty()) {
        m_preview->showMessage(tr("This version has no model card yet."));
    } else {
        m_preview->showPage(std::move(m_view.page));
        m_view.page = {};
    }
    updateActions();
    Q_EMIT cardShown();
}

void ModelCardTab::fillRevisions()
{
    const QSignalBlocker blocker(m_revisions);
    m_revisions->clear();
    for (const CardRevision &r : m_view.revisions) {
        auto *item = new QTreeWidgetItem(
            m_revisions,
            {QLocale().toString(r.card.revision),
             r.authorName.isEmpty() ? tr("not recorded") : r.authorName,
             QLocale().toString(r.card.createdAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, r.card.revision);
        if (r.card.revision == m_view.shownRevision) {
            m_revisions->setCurrentItem(item);
        }
    }
    m_revisions->resizeColumnToContents(0);
    m_revisions->resizeColumnToContents(1);
}

void ModelCardTab::revisionChosen()
{
    const QTreeWidgetItem *item = m_revisions->currentItem();
    if (!item || m_view.revisions.empty()) {
        return;
    }
    const int revision = item->data(0, Qt::UserRole).toInt();
    if (revision == m_view.shownRevision) {
        return;
    }
    m_chosenRevision = revision == m_view.revisions.front().card.revision
        ? std::nullopt
        : std::optional<int>(revision);
    readCard(m_view.versionId, m_chosenRevision);
}

QString ModelCardTab::editBlockedBy() const
{
    if (!m_details || m_view.versionId == 0) {
        return tr("Choose a version whose card to edit.");
    }
    const SigningIdentity *identity = signingIdentity();
    const QString model = m_details->model.displayName.isEmpty() ? m_details->model.name
                                                                 : m_details->model.displayName;
    if (!identity || !identity->hasKey()) {
        return tr("Only the model's owner edits its card: choose your signing identity in "
                  "Settings.");
    }
    if (!identity->person()) {
        return tr("Only the model's owner edits its card, and your certificate is not registered "
                  "to anyone in this database.");
    }
    if (identity->person()->id != m_details->model.ownerId) {
        return tr("Only the model's owner, %1, edits the card of %2; %3 does not own it.")
            .arg(m_details->ownerName, model, identity->person()->name);
    }
    return {};
}

ModelCardEditor *ModelCardTab::editCard()
{
    if (!editBlockedBy().isEmpty()) {
        return nullptr;
    }
    const auto version
        = std::find_if(m_details->versions.begin(), m_details->versions.end(),
                       [this](const ModelVersion &v) { return v.id == m_view.versionId; });
    ModelCardEditor::Target target{m_view.versionId, cardTitle(), {}, m_view.shownRevision};
    for (const CardRevision &r : m_view.revisions) {
        if (r.card.revision == m_view.shownRevision) {
            target.contentJson = r.card.contentJson;
        }
    }
    if (target.contentJson.isEmpty() && version != m_details->versions.end()) {
        target.contentJson = emptyCard(*m_details, *version);
    }
    auto *editor = new ModelCardEditor(
        std::move(target), *signingIdentity()->person(), [this] { return database(); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ModelCardEditor::saved, this, [this](const ModelCard &card) {
        if (card.versionId == m_view.versionId) {
            m_chosenRevision.reset();
            readCard(card.versionId, std::nullopt);
        }
        Q_EMIT changed();
    });
    editor->open();
    return editor;
}

CompareRevisionsDialog *ModelCardTab::compareRevisions()
{
    if (m_view.revisions.size() < 2) {
        return nullptr;
    }
    auto *dialog = new CompareRevisionsDialog(cardTitle(), m_view.revisions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ModelCardTab::updateActions()
{
    const QString blockedBy = editBlockedBy();
    m_editAction->setEnabled(blockedBy.isEmpty());
    m_edit->setEnabled(blockedBy.isEmpty());
    m_edit->setToolTip(blockedBy.isEmpty() ? withShortcut(
                           tr("Edit the model card; every save is a new revision"), m_editAction)
                                           : blockedBy);
    const bool comparable = m_view.revisions.size() >= 2;
    m_compareAction->setEnabled(comparable);
    m_compare->setEnabled(comparable);
    m_compare->setToolTip(
        comparable ? withShortcut(tr("Compare two revisions side by side"), m_compareAction)
                   : tr("Comparing needs two revisions of this version's card."));
}

QString ModelCardTab::cardTitle() const
{
    if (!m_details) {
        return {};
    }
    const QString name = m_details->model.displayName.isEmpty() ? m_details->model.name
                                                                : m_details->model.displayName;
    for (const ModelVersion &v : m_details->versions) {
        if (v.id == m_view.versionId) {
            return tr("%1 %2").arg(name, v.version.toString());
        }
    }
    return name;
}

} // namespace Quorum::Ui
