// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"

namespace Quorum::Ui {

/// The Lineage tab: datasets → versions → deployments of one model, drawn as a graph.
class LineageTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageTab)

public:
    explicit LineageTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
};

} // namespace Quorum::Ui
