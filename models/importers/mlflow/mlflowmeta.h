// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/sourcenode.h"

#include <QDateTime>
#include <QString>

namespace Quorum::Internal {

/// Fields of MLflow's meta.yaml files, read through SourceNode so that errors name the file
/// and the key.

/// UTC time from milliseconds since the epoch; invalid when the key is missing or null.
QDateTime mlflowTime(const SourceNode &node);
/// The text at @p node; empty when missing or null.
QString mlflowText(const SourceNode &node);
/// Whether lifecycle_stage says "deleted" (missing means active; anything else is an error).
bool mlflowDeleted(const SourceNode &lifecycleStage);
/// A run status: 1–5 or its name (RUNNING…KILLED); missing means RUNNING (1).
int mlflowRunStatus(const SourceNode &node);
/// Whether @p name is a run folder's name: 32 lower-case hexadecimal digits.
bool isMlflowRunId(const QString &name);

} // namespace Quorum::Internal
