// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Reports::Render {

/// @p text with the five HTML/XML special characters (& < > " ') replaced by entities: safe in
/// element content and in quoted attribute values of HTML and SVG.
QString htmlEscaped(const QString &text);

/// htmlEscaped(@p text) with each '\n' as "<br>": plain text as HTML element content.
QString htmlText(const QString &text);

} // namespace Quorum::Reports::Render
