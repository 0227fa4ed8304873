// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftobservation.h"

#include <QCoreApplication>

namespace Quorum {

QString driftStatusKey(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Stable:
        return QStringLiteral("stable");
    case DriftStatus::Warning:
        return QStringLiteral("warning");
    case DriftStatus::Drift:
        return QStringLiteral("drift");
    }
    return {};
}

std::optional<DriftStatus> driftStatusFromKey(QStringView key)
{
    for (DriftStatus s : {DriftStatus::Stable, DriftStatus::Warning, DriftStatus::Drift}) {
        if (key.compare(driftStatusKey(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

int driftSeverity(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Stable:
        return 0;
    case DriftStatus::Warning:
        return 1;
    case DriftStatus::Drift:
        return 2;
    }
    return 0;
}

QString driftStatusLabel(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Stable:
        return QCoreApplication::translate("Quorum::DriftStatus", "Stable");
    case DriftStatus::Warning:
        return QCoreApplication::translate("Quorum::DriftStatus", "Warning");
    case DriftStatus::Drift:
        return QCoreApplication::translate("Quorum::DriftStatus", "Drift");
    }
    return {};
}

DriftStatus psiStatus(double psi)
{
    if (psi >= 0.2) {
        return DriftStatus::Drift;
    }
    if (psi >= 0.1) {
        return DriftStatus::Warning;
    }
    return DriftStatus::Stable;
}

DriftStatus psiStatus(double psi, double tierThreshold)
{
    if (psi >= tierThreshold) {
        return DriftStatus::Drift;
    }
    return psiStatus(psi) == DriftStatus::Stable ? DriftStatus::Stable : DriftStatus::Warning;
}

} // namespace Quorum
