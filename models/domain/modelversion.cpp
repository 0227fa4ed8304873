// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelversion.h"

namespace Quorum {

QString datasetPurposeKey(DatasetPurpose purpose)
{
    switch (purpose) {
    case DatasetPurpose::Training:
        return QStringLiteral("training");
    case DatasetPurpose::Validation:
        return QStringLiteral("validation");
    case DatasetPurpose::Test:
        return QStringLiteral("test");
    case DatasetPurpose::Reference:
        return QStringLiteral("reference");
    }
    return {};
}

std::optional<DatasetPurpose> datasetPurposeFromKey(QStringView key)
{
    for (DatasetPurpose p : {DatasetPurpose::Training, DatasetPurpose::Validation,
                             DatasetPurpose::Test, DatasetPurpose::Reference}) {
        if (key.compare(datasetPurposeKey(p), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace Quorum
