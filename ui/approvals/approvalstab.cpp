// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalstab.h"

namespace Quorum::Ui {

ApprovalsTab::ApprovalsTab(QWidget *parent)
    : ModelTab(parent)
{
    setObjectName(QStringLiteral("approvalsTab"));
}

void ApprovalsTab::showModel(const ModelDetails &) {}

void ApprovalsTab::clear() {}

} // namespace Quorum::Ui
