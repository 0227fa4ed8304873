// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctlrunner.h"
#include "governancecli.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Quorum::Test {

/// The real sample at @p relative under ../shared/data, e.g. "drift/…report.json".
QString sharedData(const char *relative);

/// 'quorumctl import KIND SOURCE --model M --version V' and @p extra on @p gov's database.
CtlResult runImport(const GovernanceCli &gov, const QString &kind, const QString &source,
                    const QString &model, const QString &version, const QStringList &extra = {});

/// The rows of @p table in @p gov's database.
qint64 rowCount(const GovernanceCli &gov, const QString &table);

/// The drift observations, evaluations, model card revisions and audit events of a database:
/// what an import that is refused must leave as it was.
struct DatabaseCounts
{
    qint64 drift = 0;
    qint64 evaluations = 0;
    qint64 cards = 0;
    qint64 versions = 0;
    qint64 auditEvents = 0;

    static DatabaseCounts of(const GovernanceCli &gov);
    friend bool operator==(const DatabaseCounts &, const DatabaseCounts &) = default;
};

/// Writes @p bytes to @p name in @p gov's folder; the path.
QString writeFile(const GovernanceCli &gov, const QString &name, const QByteArray &bytes);

/// The JSON object in the file at @p path; fails the test when there is none.
QJsonObject readJsonObject(const QString &path);

} // namespace Quorum::Test
