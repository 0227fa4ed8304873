// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Quorum {

/// Splits an SQL script into single statements (Qt SQL executes one at a time). Understands
/// quoted strings and identifiers, -- and /* */ comments, and CREATE TRIGGER … BEGIN … END
/// bodies whose inner semicolons do not end the statement. Comments are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace Quorum
