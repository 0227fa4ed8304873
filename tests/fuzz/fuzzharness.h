// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace Quorum::Fuzz {

/// The parsers under fuzzing. Each has a libFuzzer executable named targetName() and a
/// folder of that name under tests/importers/malformed/regressions/.
enum class Target {
    JsonTree,
    YamlTree,
    MlflowMetric,
    MlflowMeta,
    MctCard,
    HfCard,
    Evidently,
    EvaluationFile,
};

/// A parser broke a promise of its header without crashing (e.g. returned a NaN it documents
/// as finite, or an error that does not name the file). A finding, like a crash.
class ContractViolation final : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// "fuzz_json_tree", "fuzz_mlflow_meta", …
QString targetName(Target target);
std::optional<Target> targetNamed(const QString &name);
const std::vector<Target> &allTargets();

/// Feeds @p bytes to the parser of @p target with the default ImportLimits. Returns when the
/// parser accepted the input or refused it with an ImportError naming the file; throws
/// ContractViolation when a documented promise was broken; anything else the parser throws
/// passes through (uncaught in a fuzz target, so libFuzzer reports it).
void runInput(Target target, const QByteArray &bytes);

} // namespace Quorum::Fuzz
