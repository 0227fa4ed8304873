// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionlistmodel.h"

#include <QLocale>

namespace Quorum {

VersionListModel::VersionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VersionListModel::setVersions(std::vector<ModelVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

const ModelVersion *VersionListModel::versionAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_versions[static_cast<std::size_t>(row)];
}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionListModel::parentLabel(const ModelVersion &v) const
{
    if (!v.parentVersionId) {
        return QStringLiteral("—");
    }
    for (const ModelVersion &other : m_versions) {
        if (other.id == *v.parentVersionId) {
            return other.version.toString();
        }
    }
    return tr("#%1").arg(*v.parentVersionId);
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ModelVersion &v = m_versions[static_cast<std::size_t>(index.row())];
    if (role == VersionIdRole) {
        return v.id;
    }
    if (role == StageRole) {
        return stageKey(v.stage);
    }
    if (role == Qt::ToolTipRole && index.column() == ArtifactColumn) {
        return tr("%1\nSHA-256 %2")
            .arg(v.artifactUri, v.artifactSha256.isEmpty() ? tr("unknown") : v.artifactSha256);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case VersionColumn:
        return v.version.toString();
    case StageColumn:
        return stageLabel(v.stage);
    case CreatedColumn:
        return QLocale().toString(v.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case FrameworkColumn:
        return v.frameworkVersion.isEmpty() ? v.framework
                                            : tr("%1 %2").arg(v.framework, v.frameworkVersion);
    case ArtifactColumn:
        return v.artifactSha256.isEmpty() ? tr("no hash") : v.artifactSha256.left(12);
    case ParentColumn:
        return parentLabel(v);
    case DeploymentColumn:
        return v.deploymentUrl.isEmpty() ? v.deploymentTarget : v.deploymentUrl;
    default:
        return {};
    }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case StageColumn:
        return tr("Stage");
    case CreatedColumn:
        return tr("Created");
    case FrameworkColumn:
        return tr("Framework");
    case ArtifactColumn:
        return tr("Artifact SHA-256");
    case ParentColumn:
        return tr("Derived from");
    case DeploymentColumn:
        return tr("Deployment");
    default:
        return {};
    }
}

} // namespace Quorum
