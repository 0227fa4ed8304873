// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagetab.h"

namespace Quorum::Ui {

LineageTab::LineageTab(QWidget *parent)
    : ModelTab(parent)
{
    setObjectName(QStringLiteral("lineageTab"));
}

void LineageTab::showModel(const ModelDetails &) {}

void LineageTab::clear() {}

} // namespace Quorum::Ui
