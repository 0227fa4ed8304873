// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/mlflow/mlflowstore.h"

#include <QString>

namespace Quorum::Internal {

/// Where an artifact location MLflow wrote is on this machine, or empty when it is not here:
///  - file:///…/<root name>/<rest> from any machine → <root>/<rest> (else the path as written
///    when it exists here); a plain path likewise;
///  - mlflow-artifacts:/<path> (tracking server) → <root>/../mlartifacts/<path>.
/// Other schemes (s3:, gs:, http:, dbfs:…) are never local. The result is an existing file or
/// folder (a pipe or device is never returned).
QString localMlflowLocation(const QString &uri, const QString &root);

/// Like localMlflowLocation(), and also runs:/<run_id>/<path> (the run's artifacts folder)
/// and models:/m-…[/<path>] (an MLflow 3 logged model's artifacts). Paths never climb out of
/// the artifacts folder they name.
QString localMlflowArtifact(const MlflowStore &store, const QString &uri);

/// @p base/@p relative when it exists and stays inside @p base, else empty.
QString existingInside(const QString &base, const QString &relative);

} // namespace Quorum::Internal
