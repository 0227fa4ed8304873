// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/csvoptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace Quorum::Cli {

class Invocation;

/// The options that say how sample CSV files are read, shared by 'drift' and 'fairness'.
namespace SamplesInput {

/// --delimiter, --no-header, --skip-rows, --missing, --numeric, --categorical.
QList<QCommandLineOption> csvOptions();

/// The CsvOptions those options give. Throws UsageError for a delimiter that is not one
/// character (or "tab"/"space"), or a column forced both numeric and categorical.
CsvOptions csvOptions(const Invocation &invocation);

/// A comma-separated list option ("a,b, c" → a, b, c), empty entries dropped.
QStringList list(const Invocation &invocation, const QString &option);

} // namespace SamplesInput

} // namespace Quorum::Cli
