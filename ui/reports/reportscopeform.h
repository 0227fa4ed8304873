// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportrequest.h"
#include "reports/reportscopemodels.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QFormLayout;

namespace Quorum::Ui {

/// What a report covers and its format: the model, the version (filled from the chosen model,
/// production first), for an audit pack the whole model, the version or a period between two
/// dates, and the formats the report can take. Only the rows the report needs are shown.
class ReportScopeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportScopeForm)

public:
    explicit ReportScopeForm(QWidget *parent = nullptr);

    /// Shows the rows and formats of @p kind.
    void setKind(ReportKind kind);
    ReportKind kind() const { return m_kind; }
    /// Offers @p models, keeping the chosen model and version when still offered.
    void setModels(std::vector<ScopeModel> models);
    const std::vector<ScopeModel> &models() const { return m_models; }
    /// Chooses the model with machine name @p name; false when it is not offered.
    bool selectModel(const QString &name);
    /// Chooses version @p version of the chosen model; false when it has no such version.
    bool selectVersion(const QString &version);

    /// The report as chosen.
    ReportRequest request() const;
    /// Whether everything the report needs is chosen.
    bool isComplete() const;

    QComboBox *modelBox() const { return m_model; }
    QComboBox *versionBox() const { return m_version; }
    QComboBox *formatBox() const { return m_format; }

Q_SIGNALS:
    /// The scope or the format changed.
    void changed();

private:
    void fillVersions();
    void updateRows();
    const ScopeModel *currentModel() const;
    const ScopeVersion *currentVersion() const;
    Reports::AuditScope auditScope() const;

    ReportKind m_kind = ReportKind::AnnexIv;
    std::vector<ScopeModel> m_models;
    QFormLayout *m_form;
    QComboBox *m_model;
    QComboBox *m_version;
    QComboBox *m_covers;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    bool m_filling = false;
};

} // namespace Quorum::Ui
