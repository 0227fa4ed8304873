// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowtesttree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

namespace {

QString shell(const QString &script, const QString &argument)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"), script, QStringLiteral("sh"), argument});
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

} // namespace

QString mlflow2SampleRoot()
{
    return QStringLiteral(QUORUM_SHARED_DATA_DIR "/mlflow/filestore_mlflow2_bertoxious/mlruns");
}

QString mlflow2SampleRunDir()
{
    return mlflow2SampleRoot()
        + QStringLiteral("/308242617329116441/1f102c0e268c4dd58c8f8d98b28488da");
}

QString mlflow3FixtureDir()
{
    return QStringLiteral(QUORUM_MLFLOW_TEST_DATA "/mlflow3");
}

void copyTree(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            REQUIRE(QDir().mkpath(target));
        } else {
            REQUIRE(QFile::copy(path, target));
            REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
        }
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString shellFileSha256(const QString &file)
{
    return shell(QStringLiteral("sha256sum \"$1\""), file);
}

QString shellFolderSha256(const QString &dir)
{
    return shell(QStringLiteral("(cd \"$1\" && find . -type f -print0 | LC_ALL=C sort -z "
                                "| xargs -0 sha256sum) | sha256sum"),
                 dir);
}

} // namespace Quorum::Test
