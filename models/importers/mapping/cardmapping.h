// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "importers/cards/hfcard.h"
#include "importers/cards/mctcard.h"

namespace Quorum {

/// An MCT card → the next model-card revision of @p key (content kept as read).
ImportBatch mapMctCard(const MctCard &card, const VersionKey &key, const QString &source);

/// A Hugging Face card → evaluations (one per model-index metric; split from dataset.split,
/// else "test"; metric from type plus "_<average>" when args.average is given; a
/// unit-interval metric written in (1, 100] is divided by 100 and the warning says so;
/// source "hf-card:<file>#<key path>", "(verified)" when verified) and a model-card revision in
/// MCT v0.0.2 form: overview from the preamble and the description/summary sections, licence,
/// references from source URLs and base models, data from datasets, considerations from the
/// "uses", "limitations", "bias", "risks" and "ethical" sections, and performance metrics
/// from the results. Sections that fit nowhere go into model_details.documentation.
ImportBatch mapHfCard(const HfCard &card, const VersionKey &key, const QString &source);

} // namespace Quorum
