// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QDateTime>
#include <QString>

namespace Quorum::Reports::Render {

/// Words and values that the HTML and Markdown renderers print the same way. Plain text, not
/// escaped; labels are translated.
namespace BlockText {

/// The textual marker of a table row, so that a mark is never told by colour alone:
/// "✓ pass", "✗ fail", "⚠ gap"; empty for RowMark::Normal.
QString mark(RowMark mark);
/// Header of the marker column that tables with marks get: "Check".
QString markHeader();

/// The word that opens a gap paragraph: "Gap".
QString gapWord();
/// @p text without a leading "Gap" word and its ':' or dash, so that a renderer printing
/// "Gap:" itself does not double the word. Other text is returned trimmed.
QString gapBody(const QString &text);

/// A signature's date and time, printed in the zone @p signedAt carries:
/// "2026-11-16 10:03:55 UTC" for a UTC time, "2026-11-16 11:03:55 CET (UTC+01:00)" for one
/// the builder converted with toTimeZone(); "—" when invalid. (The Document carries no
/// ReportContext, so the builder chooses the zone by converting the value.)
QString signatureTime(const QDateTime &signedAt);
/// "✓ Signature verified" when verified, else "✗ " and the problem found.
QString verification(const SignatureBlock &signature);
/// "Dana Smith <dana@example.org>", or the name alone without an e-mail.
QString signer(const SignatureBlock &signature);

/// Labels of a signature block's fields.
QString signatureTitle();
QString signedByLabel();
QString roleLabel();
QString meaningLabel();
QString dateTimeLabel();
QString fingerprintLabel();

/// Labels of the document header.
QString documentIdLabel();
QString generatedLabel();

} // namespace BlockText

} // namespace Quorum::Reports::Render
