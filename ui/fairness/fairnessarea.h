// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartarea.h"
#include "charts/fairnesschartdata.h"

#include <QDateTime>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Quorum::Ui {

class FairnessChartView;

/// The Fairness area: for the chosen model version and protected attribute, the selection
/// rate, TPR and FPR of every group as bars with the four-fifths line, the summary metrics with
/// their flags, and the group sizes. The version list offers a flagged version first. Reports
/// are read on a worker thread.
class FairnessArea final : public ChartArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FairnessArea)

public:
    /// One protected attribute's newest report of the version shown.
    struct AttributeReport
    {
        FairnessChartData data;
        QString split;
        QString source;
        QDateTime recordedAt;
    };

    explicit FairnessArea(QWidget *parent = nullptr);

    /// Shows @p attribute's report; false when the version has none.
    bool selectAttribute(const QString &attribute);
    const std::vector<AttributeReport> &reports() const { return m_reports; }

protected:
    void loadVersion(qint64 versionId) override;
    void showEmpty(const QString &message) override;

private:
    QWidget *createAttributeChooser();
    QWidget *createBody();
    void setReports(std::vector<AttributeReport> reports);
    void showAttribute(int index);

    std::vector<AttributeReport> m_reports;
    QString m_attribute; ///< the attribute shown, kept across versions and refreshes
    QComboBox *m_attributes = nullptr;
    FairnessChartView *m_chart = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_flags = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_groups = nullptr;
    bool m_filling = false;
};

} // namespace Quorum::Ui
