// SPDX-License-Identifier: GPL-3.0-or-later
#include "area.h"

#include "desktop/themedicon.h"

#include <QCoreApplication>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::Area", text);
}

} // namespace

int areaIndex(Area area)
{
    return static_cast<int>(area);
}

QString areaKey(Area area)
{
    switch (area) {
    case Area::Home:
        return QStringLiteral("home");
    case Area::Inbox:
        return QStringLiteral("inbox");
    case Area::Inventory:
        return QStringLiteral("inventory");
    case Area::Drift:
        return QStringLiteral("drift");
    case Area::Fairness:
        return QStringLiteral("fairness");
    case Area::Reports:
        return QStringLiteral("reports");
    case Area::Audit:
        return QStringLiteral("audit");
    case Area::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

QString areaName(Area area)
{
    switch (area) {
    case Area::Home:
        return tr("Home");
    case Area::Inbox:
        return tr("Inbox");
    case Area::Inventory:
        return tr("Inventory");
    case Area::Drift:
        return tr("Drift");
    case Area::Fairness:
        return tr("Fairness");
    case Area::Reports:
        return tr("Reports");
    case Area::Audit:
        return tr("Audit");
    case Area::Settings:
        return tr("Settings");
    }
    return {};
}

QIcon areaIcon(Area area)
{
    switch (area) {
    case Area::Home:
        return themedIcon(QStringLiteral("home"));
    case Area::Inbox:
        return themedIcon(QStringLiteral("inbox"));
    case Area::Inventory:
        return themedIcon(QStringLiteral("inventory"));
    case Area::Drift:
        return themedIcon(QStringLiteral("drift"));
    case Area::Fairness:
        return themedIcon(QStringLiteral("fairness"));
    case Area::Reports:
        return themedIcon(QStringLiteral("reports"));
    case Area::Audit:
        return themedIcon(QStringLiteral("audit"));
    case Area::Settings:
        return themedIcon(QStringLiteral("settings"));
    }
    return {};
}

} // namespace Quorum::Ui
