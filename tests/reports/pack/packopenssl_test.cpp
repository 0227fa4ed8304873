// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/decisionstatement.h"
#include "pack/packmanifest.h"
#include "packtestsupport.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

// Runs VERIFY.txt's command block with bash in @p folder; returns the exit code.
int runVerifyCommands(const QString &folder, QByteArray *output)
{
    QProcess bash;
    bash.setWorkingDirectory(folder);
    bash.setProcessChannelMode(QProcess::MergedChannels);
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"),
                QStringLiteral("sed -n '/^# ----- begin commands/,/^# ----- end commands/p' "
                               "VERIFY.txt | bash")});
    REQUIRE(bash.waitForFinished(120000));
    *output = bash.readAll();
    return bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
}

} // namespace

TEST_CASE("openssl cms -verify accepts every signature of a pack", "[reports]")
{
    QTemporaryDir dir;
    Test::extractPack(Test::sharedModelPack(), dir.path());
    const std::vector<ZipEntry> entries = Test::packEntries(Test::sharedModelPack());
    const auto manifest = PackManifest::fromJson(
        Test::entryNamed(entries, QStringLiteral("MANIFEST.json")).data, nullptr);
    REQUIRE(manifest);
    int checked = 0;
    for (const ZipEntry &entry : entries) {
        if (!entry.path.endsWith(QStringLiteral(".p7s"))) {
            continue;
        }
        QString content = entry.path.chopped(4);
        QString certificate = manifest->exporterCertificate;
        if (entry.path.startsWith(QStringLiteral("decisions/"))) {
            content += QStringLiteral(".json");
            const auto statement
                = DecisionStatement::parse(Test::entryNamed(entries, content).data);
            REQUIRE(statement);
            certificate = QStringLiteral("certificates/%1.pem")
                              .arg(statement->certificateFingerprint.toLower());
        }
        INFO(entry.path.toStdString());
        Test::runTool(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                       QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                       QDir(dir.path()).filePath(entry.path), QStringLiteral("-content"),
                       QDir(dir.path()).filePath(content), QStringLiteral("-certfile"),
                       QDir(dir.path()).filePath(certificate), QStringLiteral("-noverify"),
                       QStringLiteral("-out"), QStringLiteral("/dev/null")});
        ++checked;
    }
    CHECK(checked > 1);
}

TEST_CASE("The commands of VERIFY.txt check the pack by hand", "[reports]")
{
    QTemporaryDir dir;
    Test::extractPack(Test::sharedModelPack(), dir.path());
    QByteArray output;
    CHECK(runVerifyCommands(dir.path(), &output) == 0);
    INFO(output.toStdString());
    CHECK(output.contains("All checks of the audit pack passed."));
    CHECK(output.contains("CMS Verification successful"));

    QFile report(QDir(dir.path()).filePath(QStringLiteral("report.pdf")));
    REQUIRE(report.open(QIODevice::ReadWrite));
    QByteArray pdf = report.readAll();
    pdf[pdf.size() / 2] = static_cast<char>(pdf.at(pdf.size() / 2) ^ 0x01);
    REQUIRE(report.seek(0));
    REQUIRE(report.write(pdf) == pdf.size());
    report.close();
    CHECK(runVerifyCommands(dir.path(), &output) != 0);
    CHECK_FALSE(output.contains("All checks of the audit pack passed."));
    CHECK(output.contains("report.pdf: FAILED"));
}
