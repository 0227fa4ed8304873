// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/systemcolourscheme.h"

#include <QObject>

#include <optional>

namespace Quorum::Ui {

/// The user's appearance choice.
enum class ThemeChoice {
    Auto, ///< follow the system (see detectSystemScheme())
    Light,
    Dark,
};

/// Applies the Fusion style and the workbench's light or dark palette (palettes.h) to the
/// QApplication, following the user's choice, which it keeps in QSettings under
/// "appearance/theme" ("auto", "light" or "dark").
///
/// Construct it right after the QApplication and before anything sets the application's
/// palette: it takes the palette of that moment as the platform's own, for Auto.
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    /// Reads the choice from the settings and the system hints of this session.
    explicit ThemeController(QObject *parent = nullptr);
    /// Uses @p hints for Auto instead of this session's (tests, screenshots).
    ThemeController(const SystemHints &hints, QObject *parent);

    ThemeChoice choice() const { return m_choice; }
    /// Remembers @p choice in the settings and applies it.
    void setChoice(ThemeChoice choice);
    /// The scheme in force: the choice, or the system's for Auto.
    ColourScheme scheme() const;
    /// What the system prefers, from the hints.
    ColourScheme systemScheme() const { return m_systemScheme; }
    /// Gives the QApplication the Fusion style and the palette of scheme(); emits
    /// themeChanged() when the scheme differs from the one applied before.
    void apply();

    /// "auto", "light", "dark": the settings' spelling.
    static QString choiceKey(ThemeChoice choice);
    static std::optional<ThemeChoice> choiceFromKey(const QString &key);
    /// Translated, for menus and settings: "&Automatic (Follow the System)", "&Light", "&Dark".
    static QString choiceName(ThemeChoice choice);

Q_SIGNALS:
    /// The application's palette changed to @p scheme's.
    void themeChanged(Quorum::Ui::ColourScheme scheme);

private:
    ThemeChoice m_choice = ThemeChoice::Auto;
    ColourScheme m_systemScheme = ColourScheme::Light;
    std::optional<ColourScheme> m_applied;
};

} // namespace Quorum::Ui
