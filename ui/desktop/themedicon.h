// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Quorum::Ui {

/// The workbench's line icon @p name (":/icons/<name>.svg", e.g. "refresh", "zoom-in",
/// "inbox"), drawn in the palette's text colour, dimmed when disabled, crisp at every device
/// pixel ratio, and re-coloured when the palette changes (ThemedIconEngine). A null QIcon when
/// there is no such icon.
///
/// The icons: home, open, new-database, import, export, refresh, compare, edit, save,
/// acknowledge, sign, verify, lineage, shortcuts, zoom-in, zoom-out, zoom-fit, back, search,
/// alert, and the areas' inbox, inventory, drift, fairness, reports, audit, settings.
QIcon themedIcon(const QString &name);

} // namespace Quorum::Ui
