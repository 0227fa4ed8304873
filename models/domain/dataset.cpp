// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

namespace Quorum {

QString datasetApprovalKey(DatasetApproval approval)
{
    switch (approval) {
    case DatasetApproval::Pending:
        return QStringLiteral("pending");
    case DatasetApproval::Approved:
        return QStringLiteral("approved");
    case DatasetApproval::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<DatasetApproval> datasetApprovalFromKey(QStringView key)
{
    for (DatasetApproval a :
         {DatasetApproval::Pending, DatasetApproval::Approved, DatasetApproval::Rejected}) {
        if (key.compare(datasetApprovalKey(a), Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace Quorum
