// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace Quorum::Test {

/// A copy of a demo database made with 'quorumctl demo', for the report and pack tests. The
/// demo itself is built once per build of quorumctl and shared by every test process (ctest
/// runs each test case in its own process); each CliDemo copies the database file into its
/// own temporary folder, so a test may change its copy. The demo keys stay in the shared
/// folder and must not be changed.
class CliDemo
{
public:
    CliDemo();

    /// The database copy.
    QString path() const { return m_path; }
    /// A path in this demo's temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// The demo key file of the person with e-mail @p stem@example.org, e.g. "sofia.marchetti"
    /// (the compliance officer).
    QString key(const QString &stem) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_keyFolder;
};

/// The demo keys' passphrase.
QString demoPassphrase();
/// QUORUM_PASSPHRASE set to the demo passphrase.
QProcessEnvironment demoEnvironment();
/// The report clock and zone pinned (QUORUM_REPORT_NOW 2026-11-20 09:30 UTC,
/// QUORUM_REPORT_TZ Europe/Berlin).
QProcessEnvironment pinnedReportEnvironment();

} // namespace Quorum::Test
