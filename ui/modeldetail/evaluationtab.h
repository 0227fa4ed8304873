// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"
#include "modelpage/evaluationmatrix.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace Quorum::Ui {

/// The Evaluation tab of a model: for the chosen version (the one in production first) its
/// newest metrics per split and segment, the release rules of its tier's policy that apply
/// (accuracy minimum, no regression against production) marked passed or failed, and the
/// change against the version in production. Read on a worker when the tab shows.
class EvaluationTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationTab)

public:
    enum Column {
        MetricColumn,
        SplitColumn,
        SegmentColumn,
        ValueColumn,
        ProductionColumn,
        DeltaColumn,
        RuleColumn,
        ResultColumn,
        ColumnCount,
    };
    /// Item data of the Result column: true when a rule failed.
    static constexpr int kFailedRole = Qt::UserRole + 1;

    explicit EvaluationTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    /// Chooses version @p versionId; false when the model has no such version.
    bool selectVersion(qint64 versionId);
    qint64 currentVersionId() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// The chosen version's metrics are shown.
    void loaded();

protected:
    void read() override;

private:
    void fillVersions(const ModelDetails &details);
    /// Makes @p versionId current without reading it; false when it is not offered.
    bool choose(qint64 versionId);
    void showMatrix(const EvaluationMatrix &matrix);
    void fillRow(int row, const EvaluationMatrixRow &r, double maxRegressionPct);
    void showMessage(const QString &text);

    QComboBox *m_versions;
    QLabel *m_status;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_empty;
    qint64 m_modelId = 0;
    bool m_filling = false;
};

} // namespace Quorum::Ui
