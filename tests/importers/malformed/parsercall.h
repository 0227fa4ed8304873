// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importerror.h"
#include "importers/source/importlimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quorum::Test {

/// The importers' parsers that read bytes, for table-driven tests.
enum class Parser {
    JsonTree,
    YamlTree,
    MlflowMetric,
    MctCard,
    HfCard,
    Evidently,
    EvaluationFile,
};

/// "parseMctCard", … for test section names.
QString parserName(Parser parser);
/// The file name each parser is given: "model-card.json", "README.md", "metrics/accuracy"…
QString fileNameFor(Parser parser);

/// Runs @p parser on @p bytes; the ImportError it threw, or nullopt when it accepted them.
std::optional<ImportError> refusal(Parser parser, const QByteArray &bytes,
                                   const ImportLimits &limits = {});

/// Whether @p error has @p kind and its message contains every fragment; when not, the
/// message is printed by Catch2 through the caller's INFO.
bool matches(const std::optional<ImportError> &error, ImportErrorKind kind,
             const QStringList &fragments);

QString describe(const std::optional<ImportError> &error);

} // namespace Quorum::Test
