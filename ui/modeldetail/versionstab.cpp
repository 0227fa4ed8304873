// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionstab.h"

#include "compare/comparedialog.h"
#include "itemmodels/versionlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum::Ui {

VersionsTab::VersionsTab(QWidget *parent)
    : ModelTab(parent)
    , m_model(new VersionListModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("This model has no versions yet. Versions are registered by a "
                            "pipeline with 'quorumctl register' or by an import."),
                         this))
    , m_compareButton(new QPushButton(tr("&Compare…"), this))
    , m_compare(new QAction(tr("Compare Versions"), this))
{
    setObjectName(QStringLiteral("versionsTab"));
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionsTab::updateCompare);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    m_compare->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_D));
    m_compare->setShortcutContext(Qt::WindowShortcut);
    connect(m_compare, &QAction::triggered, this, &VersionsTab::compare);
    addAction(m_compare);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setAccessibleName(tr("Compare versions"));
    connect(m_compareButton, &QPushButton::clicked, this, &VersionsTab::compare);
    auto *hint = new QLabel(tr("Select one version to compare it with production, or two to "
                               "compare them with each other."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_compareButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    updateCompare();
}

void VersionsTab::showModel(const ModelDetails &details)
{
    setVersions(details.versions);
}

void VersionsTab::clear()
{
    setVersions({});
}

void VersionsTab::setVersions(std::vector<ModelVersion> versions)
{
    std::vector<qint64> selected;
    for (const ModelVersion *v : selectedVersions()) {
        selected.push_back(v->id);
    }
    const bool empty = versions.empty();
    m_model->setVersions(std::move(versions));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (std::ranges::count(selected, m_model->versionAt(row)->id) > 0) {
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    updateCompare();
}

std::vector<const ModelVersion *> VersionsTab::selectedVersions() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<const ModelVersion *> out;
    for (const QModelIndex &index : rows) {
        if (const ModelVersion *v = m_model->versionAt(index.row())) {
            out.push_back(v);
        }
    }
    return out;
}

const ModelVersion *VersionsTab::productionVersion() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->versionAt(row)->stage == Stage::Production) {
            return m_model->versionAt(row);
        }
    }
    return nullptr;
}

QString VersionsTab::compareBlockedBy() const
{
    const std::vector<const ModelVersion *> selected = selectedVersions();
    if (selected.size() == 2) {
        return {};
    }
    if (selected.size() != 1) {
        return tr("Select one version to compare it with production, or two versions.");
    }
    const ModelVersion *production = productionVersion();
    if (!production) {
        return tr("No version is in production; select two versions to compare them.");
    }
    if (production->id == selected.front()->id) {
        return tr("%1 is the version in production; select another version, or two.")
            .arg(production->version.toString());
    }
    return {};
}

void VersionsTab::updateCompare()
{
    const QString blockedBy = compareBlockedBy();
    const bool enabled = blockedBy.isEmpty();
    m_compareButton->setEnabled(enabled);
    m_compare->setEnabled(enabled);
    m_compareButton->setToolTip(
        enabled ? tr("Compare the selected versions (%1)")
                      .arg(m_compare->shortcut().toString(QKeySequence::NativeText))
                : blockedBy);
}

CompareDialog *VersionsTab::compare()
{
    const Database *db = database();
    if (!db || !compareBlockedBy().isEmpty()) {
        return nullptr;
    }
    const std::vector<const ModelVersion *> selected = selectedVersions();
    // Newest first: with two, the newer one is the candidate; with one, production is the
    // baseline (0).
    const qint64 candidate = selected.front()->id;
    const qint64 baseline = selected.size() == 2 ? selected.back()->id : 0;
    auto *dialog = new CompareDialog(*db, candidate, baseline, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::readFailed, this, &ModelTab::readFailed);
    dialog->show();
    return dialog;
}

} // namespace Quorum::Ui
