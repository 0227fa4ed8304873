// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationfile.h"

#include "evaluationformats.h"
#include "importers/source/sourcetext.h"

namespace Quorum {

namespace {

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
    requireWithinLimit(bytes.size(), limits.maxDocumentBytes, limits, file);
    requireUtf8Text(bytes, file);
    return looksLikeJson(bytes) ? Internal::parseEvaluationJson(bytes, file, limits)
                                : Internal::parseEvaluationCsv(bytes, file, limits);
}

} // namespace Quorum
