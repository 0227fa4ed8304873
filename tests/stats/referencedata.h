// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>

namespace Quorum::Test {

/// The JSON reference file @p name of tests/stats/reference/ (fails the test when unreadable).
QJsonDocument referenceJson(const QString &name);

/// The path of @p relative under ../shared/data/ (the real public data sets), or an empty
/// string when that folder is not there.
QString sharedDataPath(const QString &relative);

} // namespace Quorum::Test
