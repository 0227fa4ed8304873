// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspanel.h"

namespace Quorum::Ui {

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("alertsPanel"));
}

void AlertsPanel::setDatabaseSource(std::function<const Database *()>) {}

void AlertsPanel::setSigningIdentity(SigningIdentity *) {}

void AlertsPanel::setModelFilter(std::optional<qint64>) {}

void AlertsPanel::reload() {}

void AlertsPanel::clear() {}

int AlertsPanel::activeCount() const
{
    return 0;
}

} // namespace Quorum::Ui
