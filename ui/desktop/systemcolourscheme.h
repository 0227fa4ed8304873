// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace Quorum::Ui {

/// Light or dark.
enum class ColourScheme {
    Light,
    Dark,
};

/// What the desktop says about its colour scheme, as far as Qt 6.4 can tell without
/// QStyleHints::colorScheme (Qt 6.5) and without a D-Bus dependency.
struct SystemHints
{
    /// The palette the platform theme gave the application before Quorum set its own.
    QPalette initialPalette;
    /// The GTK_THEME environment variable, e.g. "Adwaita:dark".
    QString gtkTheme;
    /// GTK's settings.ini files to read (gtk-4.0 first, then gtk-3.0); missing ones are
    /// skipped.
    QStringList gtkSettingsFiles;
};

/// The hints of this session: @p initialPalette, GTK_THEME and the settings.ini files under
/// the generic configuration folder (XDG_CONFIG_HOME, ~/.config).
SystemHints currentSystemHints(const QPalette &initialPalette);

/// Decides the system's scheme, first hint that speaks wins:
///  1. the platform's initial palette has a dark window (lightness below 128) — a platform
///     theme (KDE, the GTK platform theme, Windows, macOS) that chose dark colours is
///     authoritative;
///  2. GTK_THEME names a dark variant ("Adwaita:dark", "Yaru-dark");
///  3. a GTK settings.ini sets gtk-application-prefer-dark-theme, or its gtk-theme-name names
///     a dark variant (GNOME writes these, and so does KDE for GTK programs);
///  4. otherwise light.
ColourScheme detectSystemScheme(const SystemHints &hints);

} // namespace Quorum::Ui
