// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Demo {

class DemoRandom;
struct ModelSpec;

/// Plausible training hyperparameters (JSON) for a version of @p model.
QString hyperparametersJson(const ModelSpec &model, DemoRandom &random);
/// Where a version of @p model was trained, e.g. "Python 3.11, PyTorch 2.4.0, 4× A10G".
QString trainingEnvironment(const ModelSpec &model, const QString &frameworkVersion,
                            int versionIndex);
/// The artefact's file name for the model's framework, e.g. "model.ubj" for XGBoost.
QString artifactFileName(const ModelSpec &model);

} // namespace Quorum::Demo
