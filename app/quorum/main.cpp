// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench: reads the command line and shows the main window.
#include "mainwindow/databasecontroller.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quorum"));
    QApplication::setApplicationName(QStringLiteral("Quorum"));
    QApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quorum.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Quorum, the AI-model governance workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The governance database (.sqlite) to open."),
        QStringLiteral("[database]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo database, building it when missing."));
    const QCommandLineOption showModel(
        QStringLiteral("show-model"),
        QApplication::translate("main", "Once the database is open, show the model <name>."),
        QApplication::translate("main", "name"));
    parser.addOptions({demo, showModel});
    parser.process(app);

    Quorum::Ui::MainWindow window;
    if (parser.isSet(showModel)) {
        const QString name = parser.value(showModel);
        QObject::connect(
            window.databaseController(), &Quorum::Ui::DatabaseController::opened, &window,
            [&window, name] { window.showModel(name); }, Qt::SingleShotConnection);
    }
    window.show();

    if (parser.isSet(demo)) {
        window.openDemoDatabase();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openDatabase(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
