// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdict.h"

#include <QCoreApplication>

namespace Quorum {

namespace {
constexpr Verdict kVerdicts[] = {Verdict::Approve, Verdict::ApproveWithConditions, Verdict::Reject,
                                 Verdict::RequestChanges, Verdict::Waiver};
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Approve:
        return QStringLiteral("approve");
    case Verdict::ApproveWithConditions:
        return QStringLiteral("approve_with_conditions");
    case Verdict::Reject:
        return QStringLiteral("reject");
    case Verdict::RequestChanges:
        return QStringLiteral("request_changes");
    case Verdict::Waiver:
        return QStringLiteral("waiver");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    QString k = key.trimmed().toString().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Verdict v : kVerdicts) {
        if (verdictKey(v) == k) {
            return v;
        }
    }
    return std::nullopt;
}

QString verdictMeaning(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Approve:
        return QCoreApplication::translate("Quorum::Verdict", "Approved");
    case Verdict::ApproveWithConditions:
        return QCoreApplication::translate("Quorum::Verdict", "Approved with conditions");
    case Verdict::Reject:
        return QCoreApplication::translate("Quorum::Verdict", "Rejected");
    case Verdict::RequestChanges:
        return QCoreApplication::translate("Quorum::Verdict", "Changes requested");
    case Verdict::Waiver:
        return QCoreApplication::translate("Quorum::Verdict", "Waiver granted");
    }
    return {};
}

bool isApproval(Verdict verdict)
{
    return verdict == Verdict::Approve || verdict == Verdict::ApproveWithConditions;
}

} // namespace Quorum
