// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Quorum {
struct Model;
}

namespace Quorum::Ui {

/// What a model detail page knows about a model besides the model record itself.
struct ModelFacts
{
    QString ownerName;
    QString productionVersion; ///< empty when no version is in production
    int versionCount = 0;
};

/// The Overview tab of a model: its registration record as a read-only form.
class ModelOverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelOverviewTab)

public:
    explicit ModelOverviewTab(QWidget *parent = nullptr);

    void setModel(const Model &model, const ModelFacts &facts);

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    QFormLayout *m_form;
    QLabel *m_description;
    QLabel *m_intendedUse;
    QLabel *m_owner;
    QLabel *m_team;
    QLabel *m_tier;
    QLabel *m_useCase;
    QLabel *m_regulatory;
    QLabel *m_status;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_production;
    QLabel *m_versions;
};

} // namespace Quorum::Ui
