// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace Quorum::Fuzz {

namespace {

constexpr const char *kRun = "7/0123456789abcdef0123456789abcdef";
constexpr const char *kLoggedModel = "7/models/m-80e6c6a1778642bca45ec282119e2598";

/// The store's files, modelled on ../shared/data/mlflow/FORMAT.md. The first eight are the
/// slots fuzz input may replace, in the order slotFor() names them.
struct StoreFile
{
    QString path;
    QByteArray content;
};

std::vector<StoreFile> storeFiles()
{
    const QString run = QLatin1String(kRun);
    const QString model = QLatin1String(kLoggedModel);
    return {
        {QStringLiteral("7/meta.yaml"),
         "artifact_location: file:///tmp/mlruns/7\ncreation_time: 1754216697725\n"
         "experiment_id: '7'\nlast_update_time: 1754216697725\nlifecycle_stage: active\n"
         "name: Iris-Classification\n"},
        {run + QStringLiteral("/meta.yaml"),
         "artifact_uri: file:///tmp/mlruns/7/0123456789abcdef0123456789abcdef/artifacts\n"
         "end_time: 1754216719694\nentry_point_name: ''\nexperiment_id: '7'\n"
         "lifecycle_stage: active\nrun_id: 0123456789abcdef0123456789abcdef\n"
         "run_name: best_model_saved\nrun_uuid: 0123456789abcdef0123456789abcdef\n"
         "source_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: 1754216715449\n"
         "status: 3\ntags: []\nuser_id: '91948'\n"},
        {run + QStringLiteral("/metrics/accuracy"),
         "1754216715546 0.98 0\n1754216715546 0.98 0\n1754216715736 0.978494623655914 1\n"},
        {model + QStringLiteral("/meta.yaml"),
         "artifact_location: file:///tmp/mlruns/7/models/m-80e6c6a1778642bca45ec282119e2598/"
         "artifacts\ncreation_timestamp: 1754216700382\nexperiment_id: '7'\n"
         "last_updated_timestamp: 1754216709267\n"
         "model_id: m-80e6c6a1778642bca45ec282119e2598\nmodel_type: ''\nname: model\n"
         "source_run_id: 0123456789abcdef0123456789abcdef\nstatus: 2\nstatus_message: null\n"},
        {model + QStringLiteral("/metrics/accuracy"),
         "1754216698146 0.98 0 0123456789abcdef0123456789abcdef\n"},
        {QStringLiteral("models/clf/meta.yaml"),
         "aliases:\n  production: '1'\ncreation_timestamp: 1754216714998\n"
         "deployment_job_id: null\ndeployment_job_state: null\ndescription: ''\n"
         "last_updated_timestamp: 1754216715419\nname: clf\n"},
        {QStringLiteral("models/clf/version-1/meta.yaml"),
         "aliases: []\ncreation_timestamp: 1754216715198\ncurrent_stage: None\n"
         "deployment_job_state: null\ndescription: ''\nlast_updated_timestamp: 1754216715198\n"
         "metrics: null\nmodel_id: m-80e6c6a1778642bca45ec282119e2598\nname: clf\n"
         "params: null\nrun_id: 0123456789abcdef0123456789abcdef\nrun_link: ''\n"
         "source: models:/m-80e6c6a1778642bca45ec282119e2598\nstatus: READY\n"
         "status_message: null\nstorage_location: file:///tmp/artifacts\nuser_id: null\n"
         "version: 1\n"},
        {QStringLiteral("models/clf/aliases/production"), "1"},
        {QStringLiteral("0/meta.yaml"),
         "artifact_location: file:///tmp/mlruns/0\ncreation_time: 1754216697725\n"
         "experiment_id: '0'\nlast_update_time: 1754216697725\nlifecycle_stage: active\n"
         "name: Default\n"},
        {run + QStringLiteral("/params/alpha  "), "0.5"},
        {run + QStringLiteral("/tags/mlflow.runName"), "best_model_saved"},
    };
}

enum SlotIndex : std::size_t {
    kExperimentMeta,
    kRunMeta,
    kRunMetric,
    kLoggedModelMeta,
    kLoggedModelMetric,
    kRegisteredModelMeta,
    kVersionMeta,
    kAlias,
    kSlotCount,
};

} // namespace

MlflowSandbox::MlflowSandbox()
    : m_changed(kSlotCount)
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder for the MLflow sandbox");
    }
    const std::vector<StoreFile> files = storeFiles();
    for (const StoreFile &file : files) {
        const QString path = root() + QLatin1Char('/') + file.path;
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()) {
            throw std::runtime_error("cannot write the MLflow sandbox");
        }
        if (m_slots.size() < kSlotCount) {
            m_slots.push_back({file.path, file.content});
        }
    }
}

QString MlflowSandbox::root() const
{
    return m_dir.filePath(QStringLiteral("mlruns"));
}

QString MlflowSandbox::put(const QByteArray &bytes)
{
    const std::size_t slot = slotFor(bytes);
    if (m_changed != kSlotCount && m_changed != slot) {
        write(m_changed, m_slots[m_changed].original);
    }
    write(slot, bytes);
    m_changed = slot;
    return root() + QLatin1Char('/') + m_slots[slot].relativePath;
}

std::size_t MlflowSandbox::slotFor(const QByteArray &bytes) const
{
    const QByteArray head = bytes.left(4096);
    if (head.contains("current_stage") || head.contains("storage_location")) {
        return kVersionMeta;
    }
    if (head.contains("source_run_id") || head.contains("model_type")) {
        return kLoggedModelMeta;
    }
    if (head.contains("run_id") || head.contains("run_uuid") || head.contains("artifact_uri")) {
        return kRunMeta;
    }
    if (head.contains("experiment_id") || head.contains("artifact_location")) {
        return kExperimentMeta;
    }
    if (head.contains("aliases") || head.contains("name:")) {
        return kRegisteredModelMeta;
    }
    const QByteArray firstLine = head.trimmed().split('\n').value(0);
    if (!firstLine.isEmpty() && firstLine.at(0) >= '0' && firstLine.at(0) <= '9') {
        if (!firstLine.contains(' ')) {
            return kAlias;
        }
        return firstLine.count(' ') >= 3 ? kLoggedModelMetric : kRunMetric;
    }
    return head.contains(':') ? kRunMeta : kRunMetric;
}

void MlflowSandbox::write(std::size_t slot, const QByteArray &bytes) const
{
    QFile out(root() + QLatin1Char('/') + m_slots[slot].relativePath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write into the MLflow sandbox");
    }
}

} // namespace Quorum::Fuzz
