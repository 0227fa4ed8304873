// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardcheck.h"

#include "importers/cards/mctcard.h"
#include "importers/source/importerror.h"

#include <QCoreApplication>

namespace Quorum {

ModelCardCheck checkModelCardJson(const QString &json)
{
    ModelCardCheck check;
    if (json.trimmed().isEmpty()) {
        check.error = QCoreApplication::translate("Quorum::ModelCardCheck",
                                                  "the card is empty; expected a JSON object");
        return check;
    }
    try {
        // No file name: the error then reads "LOCATION: PROBLEM".
        MctCard card = parseMctCard(json.toUtf8(), QString(), ImportLimits{});
        check.content = std::move(card.content);
        check.schemaVersion = card.schemaVersion;
    } catch (const ImportError &error) {
        check.error = error.message();
    }
    return check;
}

} // namespace Quorum
