// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QStringList>

namespace Quorum::Reports::Pdf {

namespace {

struct Families
{
    QString sans;
    QString mono;
};

/// Registers @p files from the DejaVu folder; returns the family of the first that loads.
QString loadFamily(const QStringList &files)
{
    static const QString folder = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
    QString family;
    for (const QString &file : files) {
        const QString path = folder + file;
        if (!QFile::exists(path)) {
            continue;
        }
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty()) {
            family = families.first();
        }
    }
    return family;
}

const Families &families()
{
    static const Families s_families = [] {
        Families result;
        result.sans
            = loadFamily({QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf"),
                          QStringLiteral("DejaVuSans-Oblique.ttf"),
                          QStringLiteral("DejaVuSans-BoldOblique.ttf")});
        result.mono = loadFamily(
            {QStringLiteral("DejaVuSansMono.ttf"), QStringLiteral("DejaVuSansMono-Bold.ttf")});
        if (result.sans.isEmpty()) {
            result.sans = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        }
        if (result.mono.isEmpty()) {
            result.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        }
        return result;
    }();
    return s_families;
}

QFont makeFont(const QString &family, double pointSize, bool bold, bool italic)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setItalic(italic);
    // No shaping for scripts that do not need it: no fi/fl ligatures, so pdftotext and a
    // reader's search find "verified" as typed.
    font.setStyleStrategy(
        QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline | QFont::PreferNoShaping));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

PdfFonts::PdfFonts(const QPaintDevice *device)
    : m_dpi(device->logicalDpiY())
{
    const Families &names = families();
    const QString &sans = names.sans;
    // In the order of PdfFontRole.
    m_fonts = {
        makeFont(sans, 10.0, false, false),      // Body
        makeFont(sans, 10.0, true, false),       // Bold
        makeFont(sans, 10.0, false, true),       // Italic
        makeFont(sans, 8.5, false, false),       // Note
        makeFont(sans, 16.0, true, false),       // Heading1
        makeFont(sans, 13.0, true, false),       // Heading2
        makeFont(sans, 11.0, true, false),       // Heading3
        makeFont(sans, 8.5, false, false),       // Table
        makeFont(sans, 8.5, true, false),        // TableBold
        makeFont(names.mono, 8.0, false, false), // Mono
        makeFont(sans, 7.5, false, false),       // Small
        makeFont(sans, 7.5, true, false),        // SmallBold
    };
    m_metrics.reserve(m_fonts.size());
    for (const QFont &font : m_fonts) {
        m_metrics.emplace_back(font, device);
    }
}

const QFont &PdfFonts::font(PdfFontRole role) const
{
    return m_fonts.at(static_cast<std::size_t>(role));
}

const QFontMetricsF &PdfFonts::metrics(PdfFontRole role) const
{
    return m_metrics.at(static_cast<std::size_t>(role));
}

double PdfFonts::lineHeight(PdfFontRole role) const
{
    return metrics(role).lineSpacing();
}

} // namespace Quorum::Reports::Pdf
