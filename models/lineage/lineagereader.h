// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineagegraph.h"

namespace Quorum {

class Database;

/// Reads what the lineage of model @p modelId is built from: its versions with their dataset
/// links, the linked datasets and all their ancestors. Every dataset is read once, so a parent
/// chain that loops (bad data) ends. Only reads; throws DatabaseError.
LineageInput readLineageInput(Database &db, qint64 modelId);

/// buildLineageGraph(readLineageInput(@p db, @p modelId)).
LineageGraph readLineage(Database &db, qint64 modelId);

} // namespace Quorum
