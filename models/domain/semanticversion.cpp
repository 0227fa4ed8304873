// SPDX-License-Identifier: GPL-3.0-or-later
#include "semanticversion.h"

#include <QList>

namespace Quorum {

std::optional<SemanticVersion> SemanticVersion::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('v')) || t.startsWith(QLatin1Char('V'))) {
        t = t.mid(1);
    }
    const QList<QStringView> parts = t.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return std::nullopt;
    }
    int numbers[3] = {};
    for (qsizetype i = 0; i < 3; ++i) {
        const QStringView part = parts[i];
        if (part.isEmpty() || part.size() > 9) {
            return std::nullopt;
        }
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127) {
                return std::nullopt;
            }
        }
        if (part.size() > 1 && part.startsWith(QLatin1Char('0'))) {
            return std::nullopt; // semver forbids leading zeros
        }
        numbers[i] = part.toInt();
    }
    return SemanticVersion{numbers[0], numbers[1], numbers[2]};
}

QString SemanticVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace Quorum
