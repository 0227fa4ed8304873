// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocktext.h"

#include "document/reportcontext.h"

#include <QCoreApplication>

namespace Quorum::Reports::Render::BlockText {

QString mark(RowMark mark)
{
    switch (mark) {
    case RowMark::Pass:
        return QStringLiteral("✓ ") + QCoreApplication::translate("Quorum::Reports", "pass");
    case RowMark::Fail:
        return QStringLiteral("✗ ") + QCoreApplication::translate("Quorum::Reports", "fail");
    case RowMark::Gap:
        return QStringLiteral("⚠ ") + QCoreApplication::translate("Quorum::Reports", "gap");
    case RowMark::Normal:
        break;
    }
    return {};
}

QString markHeader()
{
    return QCoreApplication::translate("Quorum::Reports", "Check");
}

QString gapWord()
{
    return QCoreApplication::translate("Quorum::Reports", "Gap");
}

QString gapBody(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString word = gapWord();
    if (!trimmed.startsWith(word, Qt::CaseInsensitive)) {
        return trimmed;
    }
    qsizetype at = word.size();
    if (at < trimmed.size() && trimmed.at(at).isLetterOrNumber()) {
        return trimmed; // "Gaps in …", "Gapless …": not the marker word
    }
    while (at < trimmed.size()
           && (trimmed.at(at).isSpace() || trimmed.at(at) == QLatin1Char(':')
               || trimmed.at(at) == QChar(u'—') || trimmed.at(at) == QChar(u'–')
               || trimmed.at(at) == QLatin1Char('-'))) {
        ++at;
    }
    return trimmed.mid(at);
}

QString signatureTime(const QDateTime &signedAt)
{
    if (!signedAt.isValid()) {
        return QStringLiteral("—");
    }
    return ReportContext::fixed(signedAt, signedAt.timeZone()).dateTime(signedAt);
}

QString verification(const SignatureBlock &signature)
{
    if (signature.verified) {
        return QStringLiteral("✓ ")
            + QCoreApplication::translate("Quorum::Reports", "Signature verified");
    }
    const QString problem = signature.verification.trimmed();
    return QStringLiteral("✗ ")
        + (problem.isEmpty()
               ? QCoreApplication::translate("Quorum::Reports", "Signature not verified")
               : problem);
}

QString signer(const SignatureBlock &signature)
{
    if (signature.signerEmail.isEmpty()) {
        return signature.signerName;
    }
    return signature.signerName + QStringLiteral(" <") + signature.signerEmail + QLatin1Char('>');
}

QString signatureTitle()
{
    return QCoreApplication::translate("Quorum::Reports", "Electronic signature");
}

QString signedByLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Signed by");
}

QString roleLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Role");
}

QString meaningLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Meaning");
}

QString dateTimeLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Date and time");
}

QString fingerprintLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Certificate SHA-256");
}

QString documentIdLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Document");
}

QString generatedLabel()
{
    return QCoreApplication::translate("Quorum::Reports", "Generated");
}

} // namespace Quorum::Reports::Render::BlockText
