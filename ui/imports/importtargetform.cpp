// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtargetform.h"

#include "domain/risktier.h"
#include "domain/stage.h"
#include "storage/personrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace Quorum::Ui {

namespace {

/// The machine name an item of @p combo stands for: its data when the text is one of the
/// items, else (an editable combo) the text typed.
QString chosenKey(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (const int index = combo->findText(text); index >= 0) {
        return combo->itemData(index).toString();
    }
    return combo->isEditable() ? text : QString();
}

/// Selects the item of @p combo whose data is @p key, or types @p key into an editable one.
void selectKey(QComboBox *combo, const QString &key)
{
    if (const int index = combo->findData(key); index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setEditText(key);
    }
}

QComboBox *combo(const QString &name, const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(24);
    return box;
}

} // namespace

ImportTargets readImportTargets(Database &db)
{
    return ImportTargets{readScopeModels(db), PersonRepository(db).all()};
}

ImportTargetForm::ImportTargetForm(QWidget *parent)
    : QWidget(parent)
{
    createRows();
    setKind(m_kind);
}

QWidget *ImportTargetForm::createMlflowMode()
{
    m_registry = new QRadioButton(tr("&Registered models in the store"));
    m_registry->setObjectName(QStringLiteral("importMlflowRegistry"));
    m_registry->setChecked(true);
    m_oneRun = new QRadioButton(tr("One r&un as a version"));
    m_oneRun->setObjectName(QStringLiteral("importMlflowRun"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_registry);
    group->addButton(m_oneRun);
    m_mlflowMode = new QWidget;
    auto *modeLayout = new QHBoxLayout(m_mlflowMode);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(m_registry);
    modeLayout->addWidget(m_oneRun);
    modeLayout->addStretch(1);
    return m_mlflowMode;
}

QWidget *ImportTargetForm::createWindowRow()
{
    m_reportDate = new QCheckBox(tr("Use the report's dat&e"));
    m_reportDate->setObjectName(QStringLiteral("importUseReportDate"));
    m_reportDate->setChecked(true);
    m_windowStart = new QDateEdit(QDate::currentDate());
    m_windowStart->setObjectName(QStringLiteral("importWindowStart"));
    m_windowStart->setAccessibleName(tr("Window start"));
    m_windowStart->setCalendarPopup(true);
    m_windowEnd = new QDateEdit(QDate::currentDate());
    m_windowEnd->setObjectName(QStringLiteral("importWindowEnd"));
    m_windowEnd->setAccessibleName(tr("Window end"));
    m_windowEnd->setCalendarPopup(true);
    m_window = new QWidget;
    auto *windowLayout = new QHBoxLayout(m_window);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_reportDate);
    windowLayout->addWidget(m_windowStart);
    windowLayout->addWidget(m_windowEnd);
    windowLayout->addStretch(1);
    return m_window;
}

void ImportTargetForm::createRows()
{
    m_model = combo(QStringLiteral("importModel"), tr("Model"));
    m_version = combo(QStringLiteral("importVersion"), tr("Version"));
    m_experiment = new QLineEdit;
    m_experiment->setObjectName(QStringLiteral("importExperiment"));
    m_experiment->setAccessibleName(tr("Experiment"));
    m_experiment->setPlaceholderText(tr("All experiments (name or id)"));
    m_runId = new QLineEdit;
    m_runId->setObjectName(QStringLiteral("importRunId"));
    m_runId->setAccessibleName(tr("Run id"));
    m_runId->setPlaceholderText(tr("The experiment's only run"));
    m_owner = combo(QStringLiteral("importOwner"), tr("Owner of new models"));
    m_tier = combo(QStringLiteral("importTier"), tr("Tier of new models"));
    m_tier->addItem(tr("Not set"), 0);
    for (const RiskTier tier :
         {RiskTier::Critical, RiskTier::High, RiskTier::Standard, RiskTier::Experimental}) {
        m_tier->addItem(riskTierLabel(tier), tierNumber(tier));
    }

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Import:"), createMlflowMode());
    m_form->addRow(tr("&Model:"), m_model);
    m_form->addRow(tr("&Version:"), m_version);
    m_form->addRow(tr("E&xperiment:"), m_experiment);
    m_form->addRow(tr("Run i&d:"), m_runId);
    m_form->addRow(tr("O&wner of new models:"), m_owner);
    m_form->addRow(tr("&Tier of new models:"), m_tier);
    m_form->addRow(tr("Data &window:"), createWindowRow());

    connect(m_oneRun, &QRadioButton::toggled, this, &ImportTargetForm::updateRows);
    connect(m_model, &QComboBox::currentTextChanged, this, &ImportTargetForm::fillVersions);
    connect(m_version, &QComboBox::currentTextChanged, this, &ImportTargetForm::changed);
    connect(m_reportDate, &QCheckBox::toggled, this, &ImportTargetForm::updateRows);
    connect(m_windowStart, &QDateEdit::dateChanged, this,
            [this](QDate start) { m_windowEnd->setMinimumDate(start); });
}

void ImportTargetForm::setKind(ImportKind kind)
{
    m_kind = kind;
    updateRows();
}

void ImportTargetForm::setTargets(ImportTargets targets)
{
    m_targets = std::move(targets);
    m_loaded = true;
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const ScopeModel &model : m_targets.models) {
        m_model->addItem(tr("%1 (%2)").arg(model.displayName, model.name), model.name);
    }
    m_owner->clear();
    m_owner->addItem(tr("Not set"), QString());
    for (const Person &person : m_targets.people) {
        if (person.active) {
            m_owner->addItem(tr("%1 <%2>").arg(person.name, person.email), person.email);
        }
    }
    if (m_pending) {
        selectKey(m_model, m_pending->model);
    }
    fillVersions();
}

void ImportTargetForm::selectTarget(const VersionKey &key)
{
    m_pending = key;
    if (m_loaded) {
        selectKey(m_model, key.model);
        fillVersions();
    }
}

void ImportTargetForm::fillVersions()
{
    const QString model = chosenKey(m_model);
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        for (const ScopeModel &m : m_targets.models) {
            if (m.name != model) {
                continue;
            }
            for (auto v = m.versions.rbegin(); v != m.versions.rend(); ++v) {
                m_version->addItem(tr("%1 · %2").arg(v->version, stageLabel(v->stage)), v->version);
            }
        }
        if (m_pending && m_pending->model == model) {
            selectKey(m_version, m_pending->version);
        }
    }
    Q_EMIT changed();
}

bool ImportTargetForm::importsOneRun() const
{
    return m_kind == ImportKind::Mlflow && m_oneRun->isChecked();
}

void ImportTargetForm::updateRows()
{
    const bool mlflow = m_kind == ImportKind::Mlflow;
    const bool registry = mlflow && !importsOneRun();
    m_form->setRowVisible(m_mlflowMode, mlflow);
    m_form->setRowVisible(m_model, !registry);
    m_form->setRowVisible(m_version, !registry);
    m_form->setRowVisible(m_experiment, mlflow);
    m_form->setRowVisible(m_runId, importsOneRun());
    // Only the registry creates models; one run becomes a version of a model already there.
    m_form->setRowVisible(m_owner, registry);
    m_form->setRowVisible(m_tier, registry);
    m_form->setRowVisible(m_window, m_kind == ImportKind::Evidently);
    m_windowStart->setEnabled(!m_reportDate->isChecked());
    m_windowEnd->setEnabled(!m_reportDate->isChecked());
    // One run may become a new version: its number may be typed.
    const QString version = chosenKey(m_version);
    m_version->setEditable(importsOneRun());
    selectKey(m_version, version);
    Q_EMIT changed();
}

std::optional<VersionKey> ImportTargetForm::target() const
{
    if (m_kind == ImportKind::Mlflow && !importsOneRun()) {
        return std::nullopt;
    }
    const QString model = chosenKey(m_model);
    const QString version = chosenKey(m_version);
    if (model.isEmpty() || version.isEmpty()) {
        return std::nullopt;
    }
    return VersionKey{model, version};
}

bool ImportTargetForm::isComplete() const
{
    return (m_kind == ImportKind::Mlflow && !importsOneRun()) || target().has_value();
}

void ImportTargetForm::fillRequest(ImportRequest &request) const
{
    request.target = target();
    if (m_kind == ImportKind::Mlflow) {
        request.mlflow.target = request.target;
        request.mlflow.experiment = m_experiment->text().trimmed();
        request.mlflow.runId = importsOneRun() ? m_runId->text().trimmed() : QString();
        if (!importsOneRun()) {
            request.mlflow.ownerEmail = m_owner->currentData().toString();
            if (const int tier = m_tier->currentData().toInt(); tier > 0) {
                request.mlflow.riskTier = tier;
            }
        }
    }
    if (m_kind == ImportKind::Evidently && !m_reportDate->isChecked()) {
        request.window = DriftWindowDates{m_windowStart->date(), m_windowEnd->date()};
    }
}

} // namespace Quorum::Ui
