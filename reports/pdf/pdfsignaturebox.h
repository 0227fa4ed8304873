// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"
#include "pdffonts.h"

#include <QDateTime>
#include <QRgb>
#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Reports {
struct SignatureBlock;
}

namespace Quorum::Reports::Pdf {

/// A signature manifestation in a bordered box: printed name, e-mail, role, meaning, date and
/// time, certificate fingerprint and the verification result (✓ green / ✗ red). The time is
/// SignatureBlock::signedAt in UTC as "yyyy-MM-dd HH:mm:ss UTC" (the block carries no
/// formatted text, and UTC prints the same whatever the reader's zone).
class PdfSignatureBox final : public PdfBox
{
public:
    PdfSignatureBox(const PdfFonts &fonts, const SignatureBlock &signature, double width);

    double height() const override { return m_height; }
    void paint(QPainter &painter, QPointF topLeft) const override;

    /// @p signedAt as printed in the box; "—" when invalid.
    static QString formatSignedAt(const QDateTime &signedAt);

private:
    struct Row
    {
        QString label;
        QStringList lines;
        PdfFontRole role = PdfFontRole::Table;
        QRgb colour = 0;
    };

    void addRow(const QString &label, const QString &value, PdfFontRole role, QRgb colour);
    double padding() const;

    const PdfFonts &m_fonts;
    double m_width;
    double m_labelWidth;
    std::vector<Row> m_rows;
    double m_height = 0.0;
};

} // namespace Quorum::Reports::Pdf
