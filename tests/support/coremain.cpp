// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for headless tests: a QCoreApplication exists for the whole run and
// QStandardPaths writes into a test location, never into the user's settings.
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch_session.hpp>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QuorumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("quorum-tests"));
    return Catch::Session().run(argc, argv);
}
