// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardtab.h"

namespace Quorum::Ui {

ModelCardTab::ModelCardTab(QWidget *parent)
    : ModelTab(parent)
{
    setObjectName(QStringLiteral("modelCardTab"));
}

void ModelCardTab::showModel(const ModelDetails &) {}

void ModelCardTab::clear() {}

} // namespace Quorum::Ui
