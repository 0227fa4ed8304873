// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hfcard.h"

#include <vector>

namespace Quorum {

class SourceNode;

/// Reads the front matter's "model-index" (absent: no results). Checks the keys the Hugging
/// Face spec requires — results, task.type, dataset.type, dataset.name, metrics[].type,
/// metrics[].value (a number), source.url when a source is given — and throws
/// ImportError(Invalid) with the key path ("model-index[0].results[1].metrics[2].value").
std::vector<HfResult> parseModelIndex(const SourceNode &modelIndex);

} // namespace Quorum
