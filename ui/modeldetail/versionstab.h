// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelversion.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableView;

namespace Quorum {
class VersionListModel;
}

namespace Quorum::Ui {

/// The Versions tab of a model: every version, newest first, with stage, framework,
/// artifact hash, lineage and deployment.
class VersionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsTab)

public:
    explicit VersionsTab(QWidget *parent = nullptr);

    void setVersions(std::vector<ModelVersion> versions);

private:
    VersionListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace Quorum::Ui
