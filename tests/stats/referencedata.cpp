// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

QJsonDocument referenceJson(const QString &name)
{
    QFile file(QStringLiteral(QUORUM_STATS_REFERENCE_DIR "/") + name);
    INFO("reference file " << file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

QString sharedDataPath(const QString &relative)
{
    const QString path = QDir::cleanPath(QStringLiteral(QUORUM_SHARED_DATA_DIR "/") + relative);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Quorum::Test
