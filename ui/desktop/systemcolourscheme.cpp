// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemcolourscheme.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace Quorum::Ui {

namespace {

constexpr int kDarkLightness = 128;

/// Whether a GTK theme name names a dark variant: "Adwaita:dark", "Yaru-dark", "Arc-Dark".
bool namesDarkTheme(const QString &theme)
{
    const QString lower = theme.trimmed().toLower();
    return lower.endsWith(QLatin1String(":dark")) || lower.endsWith(QLatin1String("-dark"))
        || lower.contains(QLatin1String("-dark-"));
}

/// What one GTK settings.ini says, or nothing when it says nothing about darkness.
std::optional<ColourScheme> schemeFromGtkSettings(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    const QSettings ini(path, QSettings::IniFormat);
    const QVariant prefersDark
        = ini.value(QStringLiteral("Settings/gtk-application-prefer-dark-theme"));
    if (prefersDark.isValid()) {
        const QString value = prefersDark.toString().trimmed().toLower();
        if (value == QLatin1String("1") || value == QLatin1String("true")) {
            return ColourScheme::Dark;
        }
    }
    const QString themeName = ini.value(QStringLiteral("Settings/gtk-theme-name")).toString();
    if (namesDarkTheme(themeName)) {
        return ColourScheme::Dark;
    }
    if (prefersDark.isValid() || !themeName.isEmpty()) {
        return ColourScheme::Light;
    }
    return std::nullopt;
}

} // namespace

SystemHints currentSystemHints(const QPalette &initialPalette)
{
    SystemHints hints;
    hints.initialPalette = initialPalette;
    hints.gtkTheme = qEnvironmentVariable("GTK_THEME");
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (!config.isEmpty()) {
        const QDir dir(config);
        hints.gtkSettingsFiles = {dir.filePath(QStringLiteral("gtk-4.0/settings.ini")),
                                  dir.filePath(QStringLiteral("gtk-3.0/settings.ini"))};
    }
    return hints;
}

ColourScheme detectSystemScheme(const SystemHints &hints)
{
    if (hints.initialPalette.color(QPalette::Active, QPalette::Window).lightness()
        < kDarkLightness) {
        return ColourScheme::Dark;
    }
    if (!hints.gtkTheme.isEmpty()) {
        return namesDarkTheme(hints.gtkTheme) ? ColourScheme::Dark : ColourScheme::Light;
    }
    for (const QString &file : hints.gtkSettingsFiles) {
        if (const std::optional<ColourScheme> scheme = schemeFromGtkSettings(file)) {
            return *scheme;
        }
    }
    return ColourScheme::Light;
}

} // namespace Quorum::Ui
