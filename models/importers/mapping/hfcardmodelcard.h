// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/cards/hfcard.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Quorum {

/// One model-index metric as the import stores it: named, split resolved, percent scaled.
struct HfCardMetric
{
    QString metric; ///< e.g. "f1_macro"
    double value = 0.0;
    QString split;   ///< train, validation or test
    QString dataset; ///< dataset.name, e.g. "emotion"
};

/// The Model Card Toolkit v0.0.2 content of a Hugging Face card (it passes parseMctCard):
///  - model_details: name from the title (else model-index[0].name); overview from the
///    preamble, the title's own text and sections headed description/summary/overview;
///    licenses from the licence; references from result source URLs and base models
///    (https://huggingface.co/<id>); citations from a "Citation" section; documentation the
///    sections that fit nowhere else, as Markdown with their headings;
///  - model_parameters.data: the front matter's datasets and the results' datasets;
///  - quantitative_analysis.performance_metrics: @p metrics (value as text, slice
///    "<dataset> (<split>)");
///  - considerations, by heading: out-of-scope/misuse and limitations → limitations;
///    bias/risks/ethical → ethical_considerations (a "Recommendations" section becomes the last
///    one's mitigation strategy); uses/intended → use_cases; users/audience → users;
///    trade-offs → tradeoffs.
/// Empty sections and the Trainer's placeholder "More information needed" are left out.
QJsonObject hfCardModelCard(const HfCard &card, const std::vector<HfCardMetric> &metrics);

} // namespace Quorum
