// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfixtures.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

QString sharedData(const char *relative)
{
    return QStringLiteral(QUORUM_SHARED_DATA_DIR "/") + QString::fromUtf8(relative);
}

CtlResult runImport(const GovernanceCli &gov, const QString &kind, const QString &source,
                    const QString &model, const QString &version, const QStringList &extra)
{
    return gov.run(QStringList{QStringLiteral("import"), kind, source, QStringLiteral("--model"),
                               model, QStringLiteral("--version"), version}
                   + extra);
}

qint64 rowCount(const GovernanceCli &gov, const QString &table)
{
    return gov.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

DatabaseCounts DatabaseCounts::of(const GovernanceCli &gov)
{
    DatabaseCounts counts;
    counts.drift = rowCount(gov, QStringLiteral("drift_observations"));
    counts.evaluations = rowCount(gov, QStringLiteral("evaluations"));
    counts.cards = rowCount(gov, QStringLiteral("model_cards"));
    counts.versions = rowCount(gov, QStringLiteral("model_versions"));
    counts.auditEvents = rowCount(gov, QStringLiteral("audit_events"));
    return counts;
}

QString writeFile(const GovernanceCli &gov, const QString &name, const QByteArray &bytes)
{
    const QString path = gov.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace Quorum::Test
