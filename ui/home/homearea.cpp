// SPDX-License-Identifier: GPL-3.0-or-later
#include "homearea.h"

namespace Quorum::Ui {

HomeArea::HomeArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homeArea"));
}

void HomeArea::setDatabaseSource(std::function<const Database *()>) {}

void HomeArea::setSigningIdentity(SigningIdentity *) {}

void HomeArea::reload() {}

void HomeArea::clear() {}

} // namespace Quorum::Ui
