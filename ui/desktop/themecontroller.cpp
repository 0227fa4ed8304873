// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecontroller.h"

#include "desktop/palettes.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace Quorum::Ui {

namespace {

const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kFusion = QStringLiteral("Fusion");

ThemeChoice storedChoice()
{
    const QSettings settings;
    return ThemeController::choiceFromKey(settings.value(kThemeKey).toString())
        .value_or(ThemeChoice::Auto);
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : ThemeController(currentSystemHints(QApplication::palette()), parent)
{}

ThemeController::ThemeController(const SystemHints &hints, QObject *parent)
    : QObject(parent)
    , m_choice(storedChoice())
    , m_systemScheme(detectSystemScheme(hints))
{}

void ThemeController::setChoice(ThemeChoice choice)
{
    m_choice = choice;
    QSettings settings;
    settings.setValue(kThemeKey, choiceKey(choice));
    apply();
}

ColourScheme ThemeController::scheme() const
{
    switch (m_choice) {
    case ThemeChoice::Auto:
        return m_systemScheme;
    case ThemeChoice::Light:
        return ColourScheme::Light;
    case ThemeChoice::Dark:
        return ColourScheme::Dark;
    }
    return m_systemScheme;
}

void ThemeController::apply()
{
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0) {
        if (QStyle *fusion = QStyleFactory::create(kFusion)) {
            QApplication::setStyle(fusion);
        }
    }
    const ColourScheme current = scheme();
    const QPalette palette = current == ColourScheme::Dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
    if (m_applied != current) {
        m_applied = current;
        Q_EMIT themeChanged(current);
    }
}

QString ThemeController::choiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Auto:
        return QStringLiteral("auto");
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("auto");
}

std::optional<ThemeChoice> ThemeController::choiceFromKey(const QString &key)
{
    for (const ThemeChoice choice : {ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark}) {
        if (key.compare(choiceKey(choice), Qt::CaseInsensitive) == 0) {
            return choice;
        }
    }
    return std::nullopt;
}

QString ThemeController::choiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Auto:
        return tr("&Automatic (Follow the System)");
    case ThemeChoice::Light:
        return tr("&Light");
    case ThemeChoice::Dark:
        return tr("&Dark");
    }
    return {};
}

} // namespace Quorum::Ui
