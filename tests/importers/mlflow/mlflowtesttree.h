// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Test {

/// The real MLflow 2.14.3 sample (read-only): ../shared/data/mlflow/…/mlruns.
QString mlflow2SampleRoot();
/// Its one run's folder.
QString mlflow2SampleRunDir();
/// The hand-made MLflow 3 fixture: a folder holding mlruns/ and mlartifacts/.
QString mlflow3FixtureDir();

/// Copies the folder @p from to @p to (created), leaving every copy writable, so that a test
/// can change a store without touching the originals.
void copyTree(const QString &from, const QString &to);

/// Writes @p bytes to @p path (parent folders created), replacing it.
void writeFile(const QString &path, const QByteArray &bytes);

/// What `sha256sum` and the folder pipeline
/// `(cd DIR && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum`
/// print, run through the shell: an independent check of the importer's hashing.
QString shellFileSha256(const QString &file);
QString shellFolderSha256(const QString &dir);

} // namespace Quorum::Test
