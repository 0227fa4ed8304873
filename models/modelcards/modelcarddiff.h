// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Quorum {

/// One field that differs between two model-card revisions (Model Card Toolkit JSON).
struct ModelCardFieldChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    /// Where, as a readable path: "model_details.overview",
    /// "considerations.limitations[1].description".
    QString path;
    QString before; ///< the old value as text (empty when added)
    QString after;  ///< the new value as text (empty when removed)
};

/// The fields that differ between card JSON @p before and @p after, in document order of
/// @p after (removed fields where they stood in @p before). Invalid or empty JSON counts as
/// an empty card.
std::vector<ModelCardFieldChange> diffModelCards(const QString &beforeJson,
                                                 const QString &afterJson);

} // namespace Quorum
