// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

namespace Quorum {

class WriteTransaction;

enum class TransitionResult {
    Approved,    ///< the quorum was met
    NotApproved, ///< rejected, changes requested, withdrawn or expired
};

/// What closing @p request does to its version and model, inside @p transaction:
/// - approved to Production: the version goes to Production and the model's previous
///   production version becomes Deprecated;
/// - approved to Retired: the version retires, and the model too once none of its versions is
///   in Production or Approved;
/// - approved to any other stage: the version moves to it;
/// - a retirement that is not approved returns the model from Retiring to Active.
/// Every change is audited by the repositories. Throws DatabaseError.
void applyStageTransition(WriteTransaction &transaction, const ReleaseRequest &request,
                          TransitionResult result);

} // namespace Quorum
