// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationfile.h"

#include "evaluationformats.h"
#include "importers/source/importerror.h"
#include "importers/source/sourcetext.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvaluationFile", text);
}

// JSON when the first byte that is not a byte-order mark or blank opens an object or a list.
bool looksLikeJson(const QByteArray &bytes)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            return c == '{' || c == '[';
        }
    }
    return false;
}

} // namespace

EvaluationFile parseEvaluationFile(const QByteArray &bytes, const QString &file,
                                   const ImportLimits &limits)
{
    if (limits.exceeds(bytes.size(), limits.maxDocumentBytes)) {
        throw ImportError(ImportErrorKind::TooLarge, file, {},
                          tr("%1 bytes, over the limit of %2 bytes for an evaluation file "
                             "(--force lifts it)")
                              .arg(bytes.size())
                              .arg(limits.maxDocumentBytes));
    }
    requireUtf8Text(bytes, file);
    return looksLikeJson(bytes) ? Internal::parseEvaluationJson(bytes, file, limits)
                                : Internal::parseEvaluationCsv(bytes, file, limits);
}

} // namespace Quorum
