// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Demo {

/// The passphrase of every demo key file (documented in the README and beside the keys).
QString demoPassphrase();

} // namespace Quorum::Demo
