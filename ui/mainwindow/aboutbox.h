// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Quorum::Ui {

/// Shows the About Quorum box over @p parent: the version, what Quorum is, the Qt version and
/// the licence.
void showAboutBox(QWidget *parent);

} // namespace Quorum::Ui
