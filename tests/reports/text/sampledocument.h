// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QString>

namespace Quorum::Test {

/// Text that breaks naive renderers: markup, an ampersand, quotes, a pipe and a line break.
QString hostileText();

/// A small document with every kind of block (headings with anchors, all paragraph styles, a
/// bullet list, a key-value list, a marked table, a line chart, a bar chart, signatures and a
/// page break), fixed values only: no database, no clock.
Reports::Document sampleDocument();

/// A line chart of two series with @p count weekly points from 2026-01-01 and a
/// "Four-fifths rule" line at 0.8.
Reports::Chart lineChart(int count);

} // namespace Quorum::Test
