// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

namespace Quorum::Ui {

CompareDialog::CompareDialog(const Database &, qint64, qint64, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
}

} // namespace Quorum::Ui
