// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Reports::Render {

/// The inline style sheet of renderHtml(): readable on screen and in print (black text,
/// bordered tables, row marks with tinted backgrounds kept in print, page breaks honoured).
QString htmlStyleSheet();

} // namespace Quorum::Reports::Render
