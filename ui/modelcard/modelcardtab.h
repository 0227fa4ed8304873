// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"

namespace Quorum::Ui {

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
};

} // namespace Quorum::Ui
