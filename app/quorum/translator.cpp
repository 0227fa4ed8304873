// SPDX-License-Identifier: GPL-3.0-or-later
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace Quorum {

namespace {

/// Marks the translators installTranslations() made, so that a second call replaces them.
const QString kInstalledName = QStringLiteral("quorum-installed-translator");
const QString kLanguageName = QStringLiteral("lang");
constexpr char kLanguageVariable[] = "QUORUM_LANG";

void removeInstalledTranslators(QCoreApplication *application)
{
    const QList<QTranslator *> installed
        = application->findChildren<QTranslator *>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Loads @p translator from @p prefix_<language>.qm in @p folder and installs it; deletes it
/// when there is no such file.
bool installFrom(QTranslator *translator, const QLocale &locale, const QString &prefix,
                 const QString &folder)
{
    translator->setObjectName(kInstalledName);
    if (!translator->load(locale, prefix, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

Translator::Translator(QObject *parent)
    : QTranslator(parent)
{}

QString Translator::translate(const char *context, const char *sourceText,
                              const char *disambiguation, int n) const
{
    QByteArray scope(context);
    while (true) {
        QString found = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        if (!found.isNull()) {
            return found;
        }
        const qsizetype cut = scope.lastIndexOf("::");
        if (cut <= 0) {
            return {};
        }
        scope.truncate(cut);
    }
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        kLanguageName,
        Translator::tr("Show the workbench in <language>, e.g. de or en, instead of the system's "
                       "language (also the QUORUM_LANG environment variable)."),
        Translator::tr("language"));
}

QLocale requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--") + kLanguageName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--")) {
            break;
        }
        if (argument == option && i + 1 < arguments.size()) {
            return QLocale(arguments.at(i + 1));
        }
        if (argument.startsWith(option + QLatin1Char('='))) {
            return QLocale(argument.mid(option.size() + 1));
        }
    }
    const QString variable = qEnvironmentVariable(kLanguageVariable);
    if (!variable.isEmpty()) {
        return QLocale(variable);
    }
    return QLocale::system();
}

bool installTranslations(const QLocale &locale)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (application == nullptr) {
        return false;
    }
    removeInstalledTranslators(application);
    // English plural forms underneath ("1 day", "2 days"); a language's own file, installed
    // after it, is asked first.
    installFrom(new Translator(application), QLocale(QLocale::English), QStringLiteral("quorum"),
                QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::English) {
        return false;
    }
    installFrom(new QTranslator(application), locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installFrom(new Translator(application), locale, QStringLiteral("quorum"),
                       QStringLiteral(":/i18n"));
}

} // namespace Quorum
