// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionchooser.h"

#include "domain/modelsummary.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

namespace Quorum::Ui {

std::vector<ChartedVersion> readChartedVersions(Database &db, const ChartedEvidence &evidence,
                                                std::optional<qint64> modelId)
{
    std::vector<ModelSummary> models = ModelRepository(db).summaries();
    if (modelId) {
        std::erase_if(models, [modelId](const ModelSummary &m) { return m.id != *modelId; });
    }
    std::stable_sort(models.begin(), models.end(), [](const auto &a, const auto &b) {
        if (a.tier != b.tier) {
            return tierNumber(a.tier) < tierNumber(b.tier);
        }
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    std::vector<ChartedVersion> out;
    const VersionRepository versions(db);
    for (const ModelSummary &model : models) {
        for (const ModelVersion &v : versions.forModel(model.id)) {
            if (const std::optional<int> attention = evidence(db, v.id)) {
                out.push_back({model.id, model.displayName, model.tier, v.id, v.version.toString(),
                               v.stage, *attention});
            }
        }
    }
    return out;
}

VersionChooser::VersionChooser(FirstChoice firstChoice, QWidget *parent)
    : QWidget(parent)
    , m_firstChoice(firstChoice)
    , m_models(new QComboBox(this))
    , m_versions(new QComboBox(this))
{
    m_models->setObjectName(QStringLiteral("modelChooser"));
    m_models->setAccessibleName(tr("Model"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versions->setObjectName(QStringLiteral("versionChooser"));
    m_versions->setAccessibleName(tr("Version"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelLabel = new QLabel(tr("&Model:"), this);
    m_modelLabel->setBuddy(m_models);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_versions);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modelLabel);
    layout->addWidget(m_models);
    layout->addSpacing(8);
    layout->addWidget(versionLabel);
    layout->addWidget(m_versions);

    connect(m_models, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillVersions(m_models->currentData().toLongLong());
            onVersionIndex();
        }
    });
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            onVersionIndex();
        }
    });
}

void VersionChooser::setVersions(std::vector<ChartedVersion> versions)
{
    m_all = std::move(versions);
    const qint64 previous = m_current;
    m_current = 0;
    fillModels();
    if (!selectVersion(previous) && !selectVersion(firstChoice()) && previous != 0) {
        Q_EMIT versionChosen(0);
    }
}

qint64 VersionChooser::firstChoice() const
{
    if (m_firstChoice == FirstChoice::NeedsAttention) {
        const auto flagged = std::find_if(m_all.begin(), m_all.end(),
                                          [](const auto &v) { return v.attention > 0; });
        if (flagged != m_all.end()) {
            return flagged->versionId;
        }
    }
    if (m_all.empty()) {
        return 0;
    }
    const qint64 model = m_all.front().modelId;
    const auto production = std::find_if(m_all.begin(), m_all.end(), [model](const auto &v) {
        return v.modelId == model && v.stage == Stage::Production;
    });
    return production != m_all.end() ? production->versionId : m_all.front().versionId;
}

bool VersionChooser::selectVersion(qint64 versionId)
{
    const auto found = std::find_if(m_all.begin(), m_all.end(), [versionId](const auto &v) {
        return v.versionId == versionId;
    });
    if (versionId == 0 || found == m_all.end()) {
        return false;
    }
    m_filling = true;
    m_models->setCurrentIndex(m_models->findData(found->modelId));
    fillVersions(found->modelId);
    m_versions->setCurrentIndex(m_versions->findData(versionId));
    m_filling = false;
    onVersionIndex();
    return true;
}

void VersionChooser::setModelChoice(ModelChoice choice)
{
    m_modelLabel->setHidden(choice == ModelChoice::Hidden);
    m_models->setHidden(choice == ModelChoice::Hidden);
}

qint64 VersionChooser::currentVersionId() const
{
    return m_current;
}

const ChartedVersion *VersionChooser::current() const
{
    const auto found = std::find_if(m_all.begin(), m_all.end(),
                                    [this](const auto &v) { return v.versionId == m_current; });
    return found == m_all.end() ? nullptr : &*found;
}

void VersionChooser::fillModels()
{
    m_filling = true;
    m_models->clear();
    for (const ChartedVersion &v : m_all) {
        if (m_models->findData(v.modelId) < 0) {
            m_models->addItem(tr("%1 · Tier %2").arg(v.modelName).arg(tierNumber(v.tier)),
                              v.modelId);
        }
    }
    m_models->setEnabled(m_models->count() > 0);
    m_filling = false;
}

void VersionChooser::fillVersions(qint64 modelId)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_versions->clear();
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ChartedVersion &v : m_all) {
        if (v.modelId != modelId) {
            continue;
        }
        const QString text = tr("%1 · %2").arg(v.version, stageLabel(v.stage));
        if (v.attention > 0) {
            m_versions->addItem(warning, text, v.versionId);
        } else {
            m_versions->addItem(text, v.versionId);
        }
    }
    m_versions->setEnabled(m_versions->count() > 0);
    m_filling = wasFilling;
}

void VersionChooser::onVersionIndex()
{
    const qint64 chosen = m_versions->currentData().toLongLong();
    if (chosen != m_current) {
        m_current = chosen;
        Q_EMIT versionChosen(chosen);
    }
}

} // namespace Quorum::Ui
