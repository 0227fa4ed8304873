// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcuttooltips.h"

#include "desktop/shortcutcollector.h"

#include <QAction>
#include <QCoreApplication>
#include <QVariant>

namespace Quorum::Ui {

namespace {

/// The tip the action had before a shortcut was appended to it.
constexpr char kBaseToolTipProperty[] = "quorumBaseToolTip";

} // namespace

void showShortcutInToolTip(QAction *action)
{
    QVariant base = action->property(kBaseToolTipProperty);
    if (!base.isValid()) {
        base = action->toolTip(); // the text without mnemonics when no tip was set
        action->setProperty(kBaseToolTipProperty, base);
    }
    if (action->shortcuts().isEmpty()) {
        action->setToolTip(base.toString());
        return;
    }
    action->setToolTip(QCoreApplication::translate("Quorum::Ui::ShortcutsDialog", "%1 (%2)")
                           .arg(base.toString(), shortcutText(action->shortcuts())));
}

void showShortcutsInToolTips(QWidget *window)
{
    for (const ShortcutEntry &entry : collectShortcuts(window)) {
        if (auto *action = qobject_cast<QAction *>(entry.source.data())) {
            showShortcutInToolTip(action);
        }
    }
}

} // namespace Quorum::Ui
