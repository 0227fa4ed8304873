// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcarddiff.h"

namespace Quorum {

std::vector<ModelCardFieldChange> diffModelCards(const QString &, const QString &)
{
    return {};
}

} // namespace Quorum
