// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Quorum {

/// A MAJOR.MINOR.PATCH version number; ordered numerically (1.10.0 > 1.9.3).
struct SemanticVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    /// Parses "1.2.3" (an optional leading "v" is accepted); nullopt for anything else.
    static std::optional<SemanticVersion> parse(QStringView text);
    QString toString() const;

    auto operator<=>(const SemanticVersion &) const = default;
};

} // namespace Quorum
