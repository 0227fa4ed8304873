// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelcard/modelcardread.h"
#include "modeldetail/modeltab.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Quorum::Ui {

class CompareRevisionsDialog;
class ModelCardEditor;
class ReportPreview;

/// The Model card tab: each version's card rendered, an editor for the model's owner where
/// every save is a new revision, and a side-by-side diff between two revisions.
class ModelCardTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCardTab)

public:
    explicit ModelCardTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    void setSigningIdentity(SigningIdentity *identity) override;

    /// Why "Edit…" is disabled, or empty when it is enabled.
    QString editBlockedBy() const;
    /// Opens the editor on the revision shown (an empty card when there is none) when the
    /// signing identity's person owns the model; else nullptr.
    ModelCardEditor *editCard();
    /// Opens the side-by-side diff (the previous against the latest revision); nullptr when
    /// the card has no revision.
    CompareRevisionsDialog *compareRevisions();
    /// The version chosen and the revision shown (0 when none).
    qint64 versionId() const { return m_view.versionId; }
    int shownRevision() const { return m_view.shownRevision; }

Q_SIGNALS:
    /// A read finished and the tab shows its result.
    void cardShown();

private:
    QWidget *createToolbar();
    void fillVersions();
    void readCard(qint64 versionId, std::optional<int> revision);
    void setView(ModelCardView view);
    void fillRevisions();
    void revisionChosen();
    void updateActions();
    QString cardTitle() const;

    std::optional<ModelDetails> m_details;
    ModelCardView m_view;
    /// The revision the user chose; nullopt follows the latest.
    std::optional<int> m_chosenRevision;
    QComboBox *m_versions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_compare = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_compareAction = nullptr;
    QTreeWidget *m_revisions = nullptr;
    ReportPreview *m_preview = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Quorum::Ui
