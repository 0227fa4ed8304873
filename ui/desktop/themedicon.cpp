// SPDX-License-Identifier: GPL-3.0-or-later
#include "themedicon.h"

#include "desktop/themediconengine.h"

#include <QFile>

namespace Quorum::Ui {

QIcon themedIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!QFile::exists(path)) {
        return {};
    }
    return QIcon(new ThemedIconEngine(path));
}

} // namespace Quorum::Ui
