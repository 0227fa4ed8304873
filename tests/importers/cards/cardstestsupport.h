// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importerror.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Quorum::Test {

/// The bytes of a sample: data/<name> of this folder.
QByteArray cardSample(const QString &name);
/// The path of ../shared/data/modelcards/model-card-toolkit/full.json.
QString mctFullJsonPath();
QByteArray readBytes(const QString &path);

/// Runs @p parse and returns the ImportError it throws; fails the test when it throws nothing.
ImportError importErrorOf(const std::function<void()> &parse);

} // namespace Quorum::Test
