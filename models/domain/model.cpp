// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <QCoreApplication>

namespace Quorum {

QString modelStatusKey(ModelStatus status)
{
    switch (status) {
    case ModelStatus::Active:
        return QStringLiteral("active");
    case ModelStatus::Retiring:
        return QStringLiteral("retiring");
    case ModelStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<ModelStatus> modelStatusFromKey(QStringView key)
{
    for (ModelStatus s : {ModelStatus::Active, ModelStatus::Retiring, ModelStatus::Retired}) {
        if (key.compare(modelStatusKey(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

QString modelStatusLabel(ModelStatus status)
{
    switch (status) {
    case ModelStatus::Active:
        return QCoreApplication::translate("Quorum::ModelStatus", "Active");
    case ModelStatus::Retiring:
        return QCoreApplication::translate("Quorum::ModelStatus", "Retirement in progress");
    case ModelStatus::Retired:
        return QCoreApplication::translate("Quorum::ModelStatus", "Retired");
    }
    return {};
}

} // namespace Quorum
