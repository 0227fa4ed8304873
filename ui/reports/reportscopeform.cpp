// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportscopeform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace Quorum::Ui {

namespace {

QComboBox *comboBox(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
    return box;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ReportScopeForm::ReportScopeForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_model(comboBox(QStringLiteral("reportModel"), tr("Model")))
    , m_version(comboBox(QStringLiteral("reportVersion"), tr("Version")))
    , m_covers(comboBox(QStringLiteral("reportCovers"), tr("What the audit pack covers")))
    , m_from(dateEdit(QStringLiteral("reportFrom"), tr("Period from"),
                      QDate(QDate::currentDate().year(), 1, 1)))
    , m_to(dateEdit(QStringLiteral("reportTo"), tr("Period to"), QDate::currentDate()))
    , m_format(comboBox(QStringLiteral("reportFormat"), tr("Format")))
{
    m_covers->addItem(tr("The whole model"), static_cast<int>(Reports::AuditScope::Kind::Model));
    m_covers->addItem(tr("The chosen version"),
                      static_cast<int>(Reports::AuditScope::Kind::Version));
    m_covers->addItem(tr("A period"), static_cast<int>(Reports::AuditScope::Kind::Period));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Model:"), m_model);
    m_form->addRow(tr("&Version:"), m_version);
    m_form->addRow(tr("&Covers:"), m_covers);
    m_form->addRow(tr("F&rom:"), m_from);
    m_form->addRow(tr("&To:"), m_to);
    m_form->addRow(tr("&Format:"), m_format);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillVersions();
            Q_EMIT changed();
        }
    });
    for (QComboBox *box : {m_version, m_format}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                Q_EMIT changed();
            }
        });
    }
    connect(m_covers, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ReportScopeForm::changed);
    }
    setKind(ReportKind::AnnexIv);
}

void ReportScopeForm::setKind(ReportKind kind)
{
    m_kind = kind;
    m_filling = true;
    m_format->clear();
    for (const ExportFormat format : reportFormats(kind)) {
        m_format->addItem(exportFormatName(format), static_cast<int>(format));
    }
    m_format->setEnabled(m_format->count() > 1);
    m_filling = false;
    updateRows();
}

void ReportScopeForm::updateRows()
{
    const ReportScopeNeed need = reportScopeNeed(m_kind);
    const bool audit = need == ReportScopeNeed::AuditPackScope;
    const auto covers = static_cast<Reports::AuditScope::Kind>(m_covers->currentData().toInt());
    const bool period = audit && covers == Reports::AuditScope::Kind::Period;
    m_form->setRowVisible(m_model, need != ReportScopeNeed::None && !period);
    m_form->setRowVisible(m_version,
                          need == ReportScopeNeed::Version
                              || (audit && covers == Reports::AuditScope::Kind::Version));
    m_form->setRowVisible(m_covers, audit);
    m_form->setRowVisible(m_from, period);
    m_form->setRowVisible(m_to, period);
}

void ReportScopeForm::setModels(std::vector<ScopeModel> models)
{
    const QString model = m_model->currentData().toString();
    const ScopeVersion *chosen = currentVersion();
    const QString version = chosen ? chosen->version : QString();
    m_models = std::move(models);
    m_filling = true;
    m_model->clear();
    for (const ScopeModel &m : m_models) {
        m_model->addItem(tr("%1 · %2").arg(m.displayName, riskTierLabel(m.tier)), m.name);
    }
    m_filling = false;
    const int index = m_model->findData(model);
    m_model->setCurrentIndex(index >= 0 ? index : (m_models.empty() ? -1 : 0));
    fillVersions();
    if (index >= 0) {
        selectVersion(version);
    }
    Q_EMIT changed();
}

bool ReportScopeForm::selectModel(const QString &name)
{
    const int index = m_model->findData(name);
    if (index >= 0) {
        m_model->setCurrentIndex(index);
    }
    return index >= 0;
}

bool ReportScopeForm::selectVersion(const QString &version)
{
    const ScopeModel *model = currentModel();
    if (!model) {
        return false;
    }
    for (const ScopeVersion &v : model->versions) {
        if (v.version == version) {
            m_version->setCurrentIndex(m_version->findData(v.id));
            return true;
        }
    }
    return false;
}

void ReportScopeForm::fillVersions()
{
    m_filling = true;
    m_version->clear();
    const ScopeModel *model = currentModel();
    int preferred = 0;
    if (model) {
        for (const ScopeVersion &v : model->versions) {
            if (v.id == model->productionVersionId) {
                preferred = m_version->count();
            }
            m_version->addItem(tr("%1 · %2").arg(v.version, stageLabel(v.stage)), v.id);
        }
    }
    m_filling = false;
    m_version->setCurrentIndex(m_version->count() > 0 ? preferred : -1);
}

const ScopeModel *ReportScopeForm::currentModel() const
{
    const int index = m_model->currentIndex();
    return index >= 0 && index < static_cast<int>(m_models.size())
        ? &m_models[static_cast<std::size_t>(index)]
        : nullptr;
}

const ScopeVersion *ReportScopeForm::currentVersion() const
{
    const ScopeModel *model = currentModel();
    const int index = m_version->currentIndex();
    return model && index >= 0 && index < static_cast<int>(model->versions.size())
        ? &model->versions[static_cast<std::size_t>(index)]
        : nullptr;
}

Reports::AuditScope ReportScopeForm::auditScope() const
{
    Reports::AuditScope scope;
    scope.kind = static_cast<Reports::AuditScope::Kind>(m_covers->currentData().toInt());
    if (scope.kind == Reports::AuditScope::Kind::Period) {
        scope.from = m_from->date();
        scope.to = m_to->date();
        return scope;
    }
    const ScopeModel *model = currentModel();
    scope.modelName = model ? model->name : QString();
    const ScopeVersion *version = currentVersion();
    if (scope.kind == Reports::AuditScope::Kind::Version && version) {
        scope.version = version->version;
    }
    return scope;
}

ReportRequest ReportScopeForm::request() const
{
    ReportRequest r;
    r.kind = m_kind;
    r.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const ScopeModel *model = currentModel();
    const ScopeVersion *version = currentVersion();
    if (model && reportScopeNeed(m_kind) != ReportScopeNeed::None) {
        r.modelName = model->name;
        if (version) {
            r.version = version->version;
            r.versionId = version->id;
        }
    }
    if (m_kind == ReportKind::AuditPack) {
        r.auditScope = auditScope();
    }
    return r;
}

bool ReportScopeForm::isComplete() const
{
    const ReportRequest r = request();
    switch (reportScopeNeed(m_kind)) {
    case ReportScopeNeed::None:
        return true;
    case ReportScopeNeed::Version:
        return r.versionId != 0;
    case ReportScopeNeed::AuditPackScope:
        switch (r.auditScope.kind) {
        case Reports::AuditScope::Kind::Model:
            return !r.auditScope.modelName.isEmpty();
        case Reports::AuditScope::Kind::Version:
            return !r.auditScope.version.isEmpty();
        case Reports::AuditScope::Kind::Period:
            return r.auditScope.from.isValid() && r.auditScope.from <= r.auditScope.to;
        }
    }
    return false;
}

} // namespace Quorum::Ui
