// SPDX-License-Identifier: GPL-3.0-or-later
#include "area.h"

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

QString areaName(Area area)
{
    switch (area) {
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
    case Area::Inbox:
        return QIcon(QStringLiteral(":/icons/inbox.svg"));
    case Area::Inventory:
        return QIcon(QStringLiteral(":/icons/inventory.svg"));
    case Area::Drift:
        return QIcon(QStringLiteral(":/icons/drift.svg"));
    case Area::Fairness:
        return QIcon(QStringLiteral(":/icons/fairness.svg"));
    case Area::Reports:
        return QIcon(QStringLiteral(":/icons/reports.svg"));
    case Area::Audit:
        return QIcon(QStringLiteral(":/icons/audit.svg"));
    case Area::Settings:
        return QIcon(QStringLiteral(":/icons/settings.svg"));
    }
    return {};
}

QString areaComingLater(Area area)
{
    switch (area) {
    case Area::Inbox:
        return tr("The approval inbox arrives in a later release of Quorum.");
    case Area::Inventory:
        return {};
    case Area::Drift:
    case Area::Fairness:
    case Area::Reports:
        return {};
    case Area::Audit:
        return tr("The audit trail view arrives in a later release of Quorum.");
    case Area::Settings:
        return tr("Settings arrive in a later release of Quorum.");
    }
    return {};
}

QString areaPurpose(Area area)
{
    switch (area) {
    case Area::Inbox:
        return tr("It will list the release requests waiting for your decision, with their "
                  "threshold checks and evidence, and let you sign approve, reject or request "
                  "changes.");
    case Area::Inventory:
        return {};
    case Area::Drift:
    case Area::Fairness:
    case Area::Reports:
        return {};
    case Area::Audit:
        return tr("It will list every change to the database and verify the hash chain of the "
                  "audit trail and the signatures on decisions.");
    case Area::Settings:
        return tr("They will hold the policies of each risk tier (thresholds and approval "
                  "matrix), the people, their roles and their certificates.");
    }
    return {};
}

} // namespace Quorum::Ui
