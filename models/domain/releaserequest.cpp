// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaserequest.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
constexpr RequestStatus kStatuses[]
    = {RequestStatus::Pending,          RequestStatus::Approved,  RequestStatus::Rejected,
       RequestStatus::ChangesRequested, RequestStatus::Withdrawn, RequestStatus::Expired};
}

QString requestStatusKey(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return QStringLiteral("pending");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    case RequestStatus::ChangesRequested:
        return QStringLiteral("changes_requested");
    case RequestStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case RequestStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<RequestStatus> requestStatusFromKey(QStringView key)
{
    for (RequestStatus s : kStatuses) {
        if (key.compare(requestStatusKey(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

QString requestStatusLabel(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return QCoreApplication::translate("Quorum::RequestStatus", "Pending");
    case RequestStatus::Approved:
        return QCoreApplication::translate("Quorum::RequestStatus", "Approved");
    case RequestStatus::Rejected:
        return QCoreApplication::translate("Quorum::RequestStatus", "Rejected");
    case RequestStatus::ChangesRequested:
        return QCoreApplication::translate("Quorum::RequestStatus", "Changes requested");
    case RequestStatus::Withdrawn:
        return QCoreApplication::translate("Quorum::RequestStatus", "Withdrawn");
    case RequestStatus::Expired:
        return QCoreApplication::translate("Quorum::RequestStatus", "Expired");
    }
    return {};
}

} // namespace Quorum
