// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"
#include "mlflowstore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Quorum {

/// Reads an MLflow file store. @p root is the mlruns folder (or a folder holding "mlruns/").
/// Symbolic links to folders are followed only when they do not lead back into a folder
/// being read (a loop is an ImportError(Unreadable) naming the link). Any malformed or
/// unreadable file is an ImportError naming it (and the line of a bad metric line, or the
/// YAML key); nothing is guessed. Checks @p cancel between files (ImportError(Cancelled)).
/// @p progress receives each folder as it is read.
MlflowStore readMlflowStore(const QString &root, const ImportLimits &limits,
                            const std::atomic_bool *cancel = nullptr,
                            const std::function<void(const QString &)> &progress = {});

/// One metric history file's latest value. Lines are "timestamp value [step [run_id]]"
/// separated by single spaces; blank lines are ignored. Throws ImportError(Malformed) naming
/// @p file and the line for any other shape, a value that is not a number, or a
/// timestamp/step that is not a whole number. Values "nan", "inf" and "-inf" (as Python
/// writes them) are read as MLflow reads them; NaN orders below every number when the latest
/// line is chosen. Importers skip a non-finite latest value with a warning.
MlflowMetric parseMlflowMetricHistory(const QByteArray &bytes, const QString &key,
                                      const QString &file);

} // namespace Quorum
