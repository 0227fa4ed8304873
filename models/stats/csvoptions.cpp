// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvoptions.h"

namespace Quorum {

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return QStringLiteral("numeric");
    case ColumnType::Categorical:
        return QStringLiteral("categorical");
    }
    return {};
}

} // namespace Quorum
