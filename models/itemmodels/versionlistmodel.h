// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelversion.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum {

/// The versions of one model as a table, newest version first: number, stage, creation,
/// framework, artifact hash, parent version (lineage) and deployment.
class VersionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionListModel)

public:
    enum Column {
        VersionColumn,
        StageColumn,
        CreatedColumn,
        FrameworkColumn,
        ArtifactColumn,
        ParentColumn,
        DeploymentColumn,
        ColumnCount,
    };

    enum Role {
        VersionIdRole = Qt::UserRole + 1, ///< qint64
        StageRole,                        ///< stage key
    };

    explicit VersionListModel(QObject *parent = nullptr);

    void setVersions(std::vector<ModelVersion> versions);
    const ModelVersion *versionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString parentLabel(const ModelVersion &v) const;

    std::vector<ModelVersion> m_versions;
};

} // namespace Quorum
