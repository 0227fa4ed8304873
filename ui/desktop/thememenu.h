// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace Quorum::Ui {

class ThemeController;

/// A "&Appearance" menu with one checkable action per ThemeChoice (Automatic, Light, Dark),
/// kept in step with @p controller; choosing one calls ThemeController::setChoice(). Add it to
/// the View menu (or anywhere) with QMenu::addMenu().
QMenu *createThemeMenu(ThemeController *controller, QWidget *parent);

} // namespace Quorum::Ui
