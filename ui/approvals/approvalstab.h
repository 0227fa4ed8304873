// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"

namespace Quorum::Ui {

/// The Approvals tab: the release requests of one model with their threshold checks, and the
/// decisions with their signature manifestations (printed name, date and time, meaning).
class ApprovalsTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsTab)

public:
    explicit ApprovalsTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;
};

} // namespace Quorum::Ui
