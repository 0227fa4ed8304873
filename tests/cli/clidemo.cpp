// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidemo.h"

#include "ctlrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

namespace {

/// The shared demo folder of this build of quorumctl: named after its modification time, so a
/// rebuilt quorumctl gets a new demo.
QString sharedFolderName()
{
    const QDateTime built = QFileInfo(QStringLiteral(QUORUM_CTL)).lastModified();
    return QStringLiteral("cli-demo-%1").arg(built.toMSecsSinceEpoch());
}

/// Removes the demos of earlier builds of quorumctl (never a draft: it may be in the making).
void removeStaleDemos(const QDir &base, const QString &current)
{
    const QStringList folders
        = base.entryList({QStringLiteral("cli-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        if (folder != current && !folder.contains(QLatin1String(".draft"))) {
            QDir(base.filePath(folder)).removeRecursively();
        }
    }
}

/// Builds the demo into a private folder and renames it into place; when another process won
/// the race, its folder is used and ours removed.
QString sharedDemoFolder()
{
    const QDir base(QCoreApplication::applicationDirPath());
    const QString name = sharedFolderName();
    const QString shared = base.filePath(name);
    if (QFileInfo::exists(shared + QStringLiteral("/demo.sqlite"))) {
        return shared;
    }
    const QString draft
        = base.filePath(name + QStringLiteral(".draft-%1").arg(QCoreApplication::applicationPid()));
    QDir(draft).removeRecursively();
    REQUIRE(QDir().mkpath(draft));
    const CtlResult demo = runCtl(
        {QStringLiteral("demo"), QStringLiteral("--db"), draft + QStringLiteral("/demo.sqlite")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    if (QDir().rename(draft, shared)) {
        removeStaleDemos(base, name);
    } else {
        QDir(draft).removeRecursively(); // another test process was first
    }
    REQUIRE(QFileInfo::exists(shared + QStringLiteral("/demo.sqlite")));
    return shared;
}

} // namespace

CliDemo::CliDemo()
{
    REQUIRE(m_dir.isValid());
    const QString shared = sharedDemoFolder();
    m_keyFolder = shared + QStringLiteral("/demo-keys");
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(QFile::copy(shared + QStringLiteral("/demo.sqlite"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

QString CliDemo::key(const QString &stem) const
{
    const QString path = m_keyFolder + QLatin1Char('/') + stem + QStringLiteral(".p12");
    REQUIRE(QFileInfo::exists(path));
    return path;
}

QString demoPassphrase()
{
    return QStringLiteral("quorum-demo");
}

QProcessEnvironment demoEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_PASSPHRASE"), demoPassphrase());
    return environment;
}

QProcessEnvironment pinnedReportEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_REPORT_NOW"), QStringLiteral("2026-11-20T09:30:00Z"));
    environment.insert(QStringLiteral("QUORUM_REPORT_TZ"), QStringLiteral("Europe/Berlin"));
    return environment;
}

} // namespace Quorum::Test
