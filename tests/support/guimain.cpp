// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for core tests that paint (PDF reports): a QGuiApplication on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise, QStandardPaths in test mode. No widgets.
#include <QGuiApplication>
#include <QStandardPaths>

#include <catch2/catch_session.hpp>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("QuorumTests"));
    QGuiApplication::setApplicationName(QStringLiteral("quorum-report-tests"));
    return Catch::Session().run(argc, argv);
}
