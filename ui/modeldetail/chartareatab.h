// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"

namespace Quorum::Ui {

class ChartArea;

/// The Fairness or Drift tab of a model: the sidebar's chart area restricted to the model's
/// versions (ChartArea::setModelFilter()), reading when the tab is first shown for a model and
/// on every refresh while it shows, so a model page does not read charts nobody looks at.
class ChartAreaTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartAreaTab)

public:
    /// Shows @p area (taking it over) for the model of each showModel().
    explicit ChartAreaTab(ChartArea *area, QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
    ChartArea *area() const { return m_area; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();

    ChartArea *m_area;
    qint64 m_modelId = 0;
    bool m_stale = false; ///< a model was shown while the tab was hidden
};

} // namespace Quorum::Ui
