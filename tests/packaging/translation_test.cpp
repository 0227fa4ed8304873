// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation as the workbench loads it (app/quorum/translator.h), and the
// workbench's --lang option end to end.
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/// Restores the English of the other tests whatever a test installed.
struct EnglishAfterwards
{
    EnglishAfterwards() = default;
    EnglishAfterwards(const EnglishAfterwards &) = delete;
    EnglishAfterwards &operator=(const EnglishAfterwards &) = delete;
    ~EnglishAfterwards() { installTranslations(QLocale(QLocale::English)); }
};

/// Runs the built workbench with @p arguments on the offscreen platform; its standard output.
QString runWorkbench(const QStringList &arguments, const QString &quorumLang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "QUORUM_LANG"}) {
        environment.remove(QLatin1String(name));
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!quorumLang.isEmpty()) {
        environment.insert(QStringLiteral("QUORUM_LANG"), quorumLang);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUORUM_GUI), arguments);
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The German translation is compiled into the workbench", "[packaging][i18n]")
{
    const EnglishAfterwards english;
    CHECK(QFile::exists(QStringLiteral(":/i18n/quorum_de.qm")));
    CHECK(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    CHECK_FALSE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
}

TEST_CASE("With German installed the menus, areas, tabs and welcome page read German",
          "[packaging][i18n]")
{
    const EnglishAfterwards english;
    REQUIRE(installTranslations(QLocale(QLocale::German)));

    // The menus of the main window and the sidebar areas: lupdate files these calls of
    // file-local tr() helpers under the namespace, the helpers ask for a narrower context.
    CHECK(translated("Quorum::Ui::MainWindow", "&File") == QStringLiteral("&Datei"));
    CHECK(translated("Quorum::Ui::MainWindow", "&Quit") == QStringLiteral("&Beenden"));
    CHECK(translated("Quorum::Ui::Area", "Inventory") == QStringLiteral("Inventar"));
    CHECK(translated("Quorum::Ui::Area", "Inbox") == QStringLiteral("Posteingang"));
    // A class's own context.
    CHECK(translated("Quorum::Ui::ModelPageTabs", "Overview") == QStringLiteral("Übersicht"));
    CHECK(translated("Quorum::Ui::WelcomePage", "Welcome to Quorum")
          == QStringLiteral("Willkommen bei Quorum"));
    CHECK(translated("Quorum::Ui::SignDialog", "Sign a Decision")
          == QStringLiteral("Eine Entscheidung signieren"));
    // Qt's own strings come from qtbase_de.
    CHECK(translated("QPlatformTheme", "Cancel") == QStringLiteral("Abbrechen"));
}

TEST_CASE("Messages not translated yet, and English, stay English", "[packaging][i18n]")
{
    const EnglishAfterwards english;
    REQUIRE(installTranslations(QLocale(QLocale::German)));
    CHECK(translated("Quorum::Ui::Nowhere", "A message nobody wrote")
          == QStringLiteral("A message nobody wrote"));

    installTranslations(QLocale(QLocale::English));
    CHECK(translated("Quorum::Ui::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(translated("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
}

TEST_CASE("Counted messages read as English plurals in every language without its own forms",
          "[packaging][i18n]")
{
    const EnglishAfterwards english;
    const auto days = [](int n) {
        return QCoreApplication::translate("Quorum::Ui::HomeRows", "Overdue by %n day(s)", nullptr,
                                           n);
    };
    installTranslations(QLocale(QLocale::English));
    CHECK(days(1) == QStringLiteral("Overdue by 1 day"));
    CHECK(days(12) == QStringLiteral("Overdue by 12 days"));
    // The C locale of scripts and tests still gets the English forms.
    installTranslations(QLocale::c());
    CHECK(days(2) == QStringLiteral("Overdue by 2 days"));
}

TEST_CASE("The --lang option wins over QUORUM_LANG, which wins over the system's language",
          "[packaging][i18n]")
{
    const QString app = QStringLiteral("quorum");
    qputenv("QUORUM_LANG", "fr");
    CHECK(requestedLanguage({app, QStringLiteral("--lang"), QStringLiteral("de")}).language()
          == QLocale::German);
    CHECK(
        requestedLanguage({app, QStringLiteral("--lang=de"), QStringLiteral("x.sqlite")}).language()
        == QLocale::German);
    CHECK(requestedLanguage({app, QStringLiteral("x.sqlite")}).language() == QLocale::French);
    // After "--" every argument is a file name.
    CHECK(requestedLanguage({app, QStringLiteral("--"), QStringLiteral("--lang=de")}).language()
          == QLocale::French);
    qunsetenv("QUORUM_LANG");
    CHECK(requestedLanguage({app}) == QLocale::system());
}

TEST_CASE("quorum --lang de --help prints its help in German", "[packaging][i18n]")
{
    const QString german = runWorkbench(
        {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}, {});
    CHECK(german.contains(QStringLiteral("Optionen:")));
    CHECK(german.contains(QStringLiteral("Die Werkbank in <Sprache> zeigen")));

    const QString fromVariable = runWorkbench({QStringLiteral("--help")}, QStringLiteral("de"));
    CHECK(fromVariable.contains(QStringLiteral("Optionen:")));

    const QString english = runWorkbench({QStringLiteral("--help")}, {});
    CHECK(english.contains(QStringLiteral("Options:")));
    CHECK(english.contains(QStringLiteral("Show the workbench in <language>")));
}
