// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Quorum {

/// Quorum's own translation (the :/i18n/quorum_<language>.qm compiled into the workbench).
///
/// Besides the message's own context it looks in the context's enclosing namespaces, nearest
/// first: lupdate files a call of a file-local tr() helper under the namespace the call sits
/// in ("Quorum::Ui"), while the helper translates in a narrower context
/// ("Quorum::Ui::MainWindow"). The fallback finds those messages without the .ts file having
/// to be edited by hand.
class Translator final : public QTranslator
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};

/// The workbench's --lang option, to add to its command-line parser.
QCommandLineOption languageOption();

/// The language the user asks for: "--lang de" or "--lang=de" in @p arguments, else the
/// QUORUM_LANG environment variable, else the system's user-interface language.
QLocale requestedLanguage(const QStringList &arguments);

/// Installs Qt's own translation (qtbase_<language>.qm from QLibraryInfo::TranslationsPath)
/// and Quorum's for @p locale on the application, replacing those installed before. Returns
/// whether Quorum has a translation for @p locale; English, the source language, has none but
/// its plural forms ("%n day(s)" → "1 day", "2 days") are installed for every language.
/// Call after the QCoreApplication exists and before any translated text is made.
bool installTranslations(const QLocale &locale);

} // namespace Quorum
