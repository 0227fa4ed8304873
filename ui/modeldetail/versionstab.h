// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelversion.h"
#include "modeldetail/modeltab.h"

#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace Quorum {
class VersionListModel;
}

namespace Quorum::Ui {

class CompareDialog;

/// The Versions tab of a model: every version, newest first, with stage, framework,
/// artifact hash, lineage and deployment. "Compare…" (Ctrl+D) compares the selected version
/// with the one in production, or two selected versions with each other (the newer one as
/// the candidate).
class VersionsTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsTab)

public:
    explicit VersionsTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    /// Shows @p versions (newest first), keeping the selected ones that are still there.
    void setVersions(std::vector<ModelVersion> versions);

    QTableView *table() const { return m_table; }
    /// Why "Compare…" is disabled for the selection, or empty when it is enabled.
    QString compareBlockedBy() const;
    /// Opens a non-modal compare of the selection; nullptr when compareBlockedBy() says why not.
    CompareDialog *compare();

private:
    /// The selected versions, newest first.
    std::vector<const ModelVersion *> selectedVersions() const;
    const ModelVersion *productionVersion() const;
    void updateCompare();

    VersionListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_compareButton;
    QAction *m_compare;
};

} // namespace Quorum::Ui
