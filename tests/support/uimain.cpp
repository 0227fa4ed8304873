// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for widget tests: the offscreen platform unless QT_QPA_PLATFORM says otherwise,
// QStandardPaths in test mode, one QApplication for the whole run.
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch_session.hpp>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuorumTests"));
    QApplication::setApplicationName(QStringLiteral("quorum-ui-tests"));
    return Catch::Session().run(argc, argv);
}
