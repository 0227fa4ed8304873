// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememenu.h"

#include "desktop/themecontroller.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace Quorum::Ui {

QMenu *createThemeMenu(ThemeController *controller, QWidget *parent)
{
    auto *menu = new QMenu(
        QCoreApplication::translate("Quorum::Ui::ThemeController", "&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    for (const ThemeChoice choice : {ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark}) {
        QAction *action = menu->addAction(ThemeController::choiceName(choice));
        action->setObjectName(
            QString(QStringLiteral("theme_") + ThemeController::choiceKey(choice)));
        action->setCheckable(true);
        action->setChecked(controller->choice() == choice);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, controller,
                         [controller, choice] { controller->setChoice(choice); });
    }
    return menu;
}

} // namespace Quorum::Ui
