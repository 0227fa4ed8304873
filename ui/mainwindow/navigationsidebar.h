// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "area.h"

#include <QListWidget>

namespace Quorum::Ui {

/// The list of areas on the left of the main window (SPEC §7).
class NavigationSidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationSidebar)

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    Area currentArea() const;
    /// Highlights @p area without emitting areaSelected().
    void setCurrentArea(Area area);

Q_SIGNALS:
    /// The user picked @p area.
    void areaSelected(Quorum::Ui::Area area);
};

} // namespace Quorum::Ui
