// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Quorum::Ui {

/// Remembers the layout inside a window between runs, in QSettings under one group: the
/// state of every QSplitter (sizes), every horizontal QHeaderView (column widths, order,
/// hidden columns, sort column and order) and the current page of every QTabWidget below a
/// root widget. Each is keyed by the objectNames on its path from the root ("inboxArea/
/// inboxSplitter"; a view's unnamed header is "<view>/header"); widgets without an objectName
/// are skipped, and so are two widgets with the same key. The window's own geometry and
/// state stay with windowgeometry.h.
///
/// Restore after the views have their models (header states need the columns), save before
/// the window goes (closeEvent).
class LayoutMemory
{
public:
    /// @p group: the settings group, e.g. "layout/mainWindow".
    explicit LayoutMemory(QString group);

    /// Writes the state of @p root's splitters, headers and tab widgets.
    void save(const QWidget *root) const;
    /// Gives @p root's splitters, headers and tab widgets the states save() wrote; returns how
    /// many widgets took one. Unknown, stale or malformed entries are ignored.
    int restore(QWidget *root) const;

    /// The key of @p widget below @p root: its objectName and those of its named parents,
    /// joined with "/"; empty when @p widget itself has no name.
    static QString keyOf(const QWidget *widget, const QWidget *root);

private:
    QString m_group;
};

} // namespace Quorum::Ui
