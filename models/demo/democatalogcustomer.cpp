// SPDX-License-Identifier: GPL-3.0-or-later
// Customer-experience and content models of the demo.
#include "democatalog.h"

namespace Quorum::Demo {

namespace {

using enum Stage;

ModelSpec productRecommender()
{
    return {
        .name = u"product-recommender",
        .displayName = u"Product recommender",
        .description = u"Ranks products for the 'Recommended for you' and 'Frequently bought "
                       u"together' carousels of the web shop and the app.",
        .intendedUse = u"Ordering of product carousels for signed-in and anonymous shoppers. "
                       u"Sponsored placements are handled elsewhere and never mixed in.",
        .team = u"Digital Commerce",
        .useCase = u"Personalisation",
        .regulatoryContext = u"Digital Services Act Art. 27 (recommender system transparency)",
        .ownerEmail = u"aisha.rahman@example.org",
        .kind = ModelKind::Ranker,
        .framework = u"pytorch",
        .frameworkVersions = {u"2.0.1", u"2.2.2", u"2.4.0"},
        .architecture = u"Two-tower retrieval model with approximate nearest-neighbour candidate "
                        u"search and a gradient-boosted re-ranker.",
        .inputFormat = u"Session events, basket contents, product embeddings and, with consent, "
                       u"the last 50 interactions of the shopper.",
        .outputFormat = u"Top 50 product ids with relevance scores per carousel.",
        .datasetBase = u"shop-interactions",
        .dataSource = u"events.clickstream and orders (BigQuery); history features for "
                      u"consenting shoppers only",
        .entityKey = u"session_id",
        .personalData = true,
        .baseRows = 42000000,
        .baseAccuracy = 0.86,
        .features = {{u"session_length_s", 0, 3600, 2.0},
                     {u"items_viewed", 0, 60, 1.8},
                     {u"basket_value", 0, 500, 2.0},
                     {u"category_affinity", 0, 1},
                     {u"prediction", 0, 1, 1.8}},
        .monitored = true,
        .episode = {1, 4, 6, 0.17, {u"basket_value", u"category_affinity"}},
        .users
        = {u"Shoppers on the web shop and the app", u"Merchandising team tuning the carousels"},
        .useCases = {u"Personalised product carousels", u"Cross-sell suggestions in the basket"},
        .limitations = {u"New products are shown only through content similarity for their "
                        u"first two weeks.",
                        u"Seasonal peaks change behaviour faster than the weekly retraining."},
        .tradeoffs = {u"Diversity re-ranking lowers click-through by about 1 % and widens "
                      u"catalogue coverage by 18 %."},
        .ethics = {{u"Filter bubbles and popularity bias",
                    u"Diversity constraint in the re-ranker; a non-personalised option in the "
                    u"app settings"}},
        .riskFactors = {u"Profiling for personalisation", u"Popularity bias narrows choice"},
        .mitigations
        = {u"Non-personalised ranking option", u"Consent checked before history features are used"},
        .versions = {{u"2.0.0", Deprecated, 600},
                     {u"2.1.0", Production, 0, 0, ReleaseHistory::Approved},
                     {u"2.2.0", Development, 25, 1}},
    };
}

ModelSpec reviewSentiment()
{
    return {
        .name = u"review-sentiment",
        .displayName = u"Review sentiment analyser",
        .description = u"Classifies product reviews as positive, neutral or negative and tags "
                       u"the aspects mentioned (delivery, quality, price).",
        .intendedUse = u"Aggregated insight dashboards for product and customer-service teams. "
                       u"Never used to moderate, hide or rank individual reviews.",
        .team = u"Customer Insights",
        .useCase = u"Voice of the customer",
        .regulatoryContext = u"Omnibus Directive (EU) 2019/2161: not used for review ranking",
        .ownerEmail = u"kenji.watanabe@example.org",
        .framework = u"transformers",
        .frameworkVersions = {u"4.35.2", u"4.40.1"},
        .architecture = u"Fine-tuned multilingual DistilBERT with a three-way classification "
                        u"head and an aspect tagger.",
        .inputFormat = u"Review text (up to 512 tokens) in English, German, French, Spanish or "
                       u"Italian.",
        .outputFormat = u"Sentiment label with probabilities and aspect tags.",
        .datasetBase = u"product-reviews",
        .dataSource = u"reviews.published_reviews with labels from the annotation team; author "
                      u"names removed",
        .entityKey = u"review_id",
        .baseRows = 860000,
        .baseAccuracy = 0.86,
        .features
        = {{u"review_length_tokens", 0, 512, 1.8}, {u"rating_stars", 1, 5}, {u"prediction", 0, 1}},
        .users = {u"Product managers", u"Customer-service team leads"},
        .useCases = {u"Weekly sentiment dashboards per product line"},
        .limitations = {u"Irony and mixed reviews are often labelled neutral.",
                        u"Only the five trained languages are supported."},
        .tradeoffs = {u"Macro-F1 was optimised instead of accuracy, which costs some precision "
                      u"on the large positive class."},
        .ethics = {{u"Reviews may mention third parties by name",
                    u"Names removed before processing; texts kept for 24 months"}},
        .riskFactors = {u"Misread sentiment can steer product decisions"},
        .mitigations = {u"Dashboards show confidence and sample reviews"},
        .versions
        = {{u"1.0.0", Deprecated, 480}, {u"1.1.0", Production, 210, 0, ReleaseHistory::Approved}},
    };
}

ModelSpec imageClassifier()
{
    return {
        .name = u"image-classifier",
        .displayName = u"Product image classifier",
        .description = u"Suggests the catalogue category and attributes (colour, pattern) for "
                       u"product photos supplied by marketplace sellers.",
        .intendedUse = u"Pre-filling category and attribute fields for catalogue editors, who "
                       u"confirm every suggestion. Experimental: not released yet.",
        .team = u"Catalogue Engineering",
        .useCase = u"Catalogue enrichment",
        .tier = RiskTier::Experimental,
        .ownerEmail = u"kenji.watanabe@example.org",
        .framework = u"pytorch",
        .frameworkVersions = {u"2.1.2", u"2.3.1", u"2.4.0"},
        .architecture = u"ConvNeXt-Tiny fine-tuned from ImageNet-1k weights with multi-label "
                        u"attribute heads.",
        .inputFormat = u"RGB product photo resized to 384×384 pixels.",
        .outputFormat = u"Top three categories with probabilities and attribute tags.",
        .datasetBase = u"catalogue-images",
        .dataSource = u"media.product_images with editor-confirmed categories",
        .entityKey = u"image_id",
        .baseRows = 1200000,
        .baseAccuracy = 0.78,
        .features
        = {{u"image_brightness", 0, 1}, {u"aspect_ratio", 0.5, 2.0}, {u"prediction", 0, 1}},
        .users = {u"Catalogue editors"},
        .useCases = {u"Category suggestions for new listings"},
        .limitations = {u"Photos showing several products are classified by the most prominent "
                        u"one."},
        .tradeoffs = {u"A small backbone keeps CPU inference cheap, about 2 points of accuracy "
                      u"below the large model."},
        .ethics = {{u"Model photos can show people",
                    u"Only product crops are stored; faces are blurred before training"}},
        .riskFactors = {u"Experimental model, not validated for release"},
        .mitigations = {u"Editors confirm every suggestion"},
        .versions = {{u"0.1.0", Archived, 300},
                     {u"0.2.0", Development, 90, 0},
                     {u"0.3.0", Development, 12, 1}},
    };
}

ModelSpec intentClassifier()
{
    return {
        .name = u"intent-classifier",
        .displayName = u"Support intent classifier",
        .description = u"Recognises the intent of customer messages (billing question, "
                       u"cancellation, technical fault, …) and routes them to a self-service "
                       u"answer or the right support queue.",
        .intendedUse = u"Routing chat and e-mail messages in customer support. Customers can "
                       u"always reach an agent; low-confidence messages go to the general queue.",
        .team = u"Customer Service Technology",
        .useCase = u"Support routing",
        .regulatoryContext = u"EU AI Act Art. 50: customers are told they are dealing with an "
                             u"automated system",
        .ownerEmail = u"kenji.watanabe@example.org",
        .framework = u"transformers",
        .frameworkVersions = {u"4.35.2", u"4.38.2", u"4.44.2"},
        .architecture = u"Fine-tuned XLM-RoBERTa-base with a 38-intent classification head and "
                        u"a confidence threshold for self-service routing.",
        .inputFormat = u"Message text (chat or e-mail body, up to 256 tokens) and channel.",
        .outputFormat = u"Intent label with probability; a self-service answer id when the "
                        u"confidence is 0.85 or more.",
        .datasetBase = u"support-messages",
        .dataSource = u"support.messages (help-desk export) labelled by senior agents",
        .entityKey = u"message_id",
        .personalData = true,
        .baseRows = 640000,
        .baseAccuracy = 0.87,
        .features = {{u"message_length_tokens", 0, 256, 1.7},
                     {u"language_confidence", 0.5, 1.0},
                     {u"prediction", 0, 1}},
        .protectedAttributes = {u"language"},
        .favourableOutcome = u"self_service",
        .favourableRate = 0.42,
        .users = {u"Customers writing to support", u"Support agents receiving routed messages"},
        .useCases = {u"Routing chat and e-mail messages", u"Suggesting self-service answers"},
        .limitations = {u"A message with several requests is routed by its first intent only.",
                        u"Dialects and code-switching lower the confidence."},
        .tradeoffs = {u"The 0.85 self-service threshold sends 12 % more messages to agents and "
                      u"keeps wrong answers below 2 %."},
        .ethics = {{u"Customers writing in smaller languages could get fewer self-service "
                    u"answers",
                    u"Self-service rate monitored per language; every answer offers 'talk to "
                    u"an agent'"}},
        .riskFactors = {u"Misrouting delays help for customers"},
        .mitigations
        = {u"Low-confidence messages go to a human queue", u"Weekly review of misrouted samples"},
        .versions = {{u"1.0.0", Deprecated, 420},
                     {u"1.1.0", Production, 240, 0, ReleaseHistory::Approved},
                     {u"2.0.0", Staging, 14, 1, ReleaseHistory::Pending}},
    };
}

ModelSpec documentClassifier()
{
    return {
        .name = u"document-classifier",
        .displayName = u"Inbound document classifier",
        .description = u"Sorts scanned letters and PDF attachments received by customer service "
                       u"into 14 document types for the back-office queues.",
        .intendedUse = u"Routing inbound documents to back-office queues; clerks correct "
                       u"misrouted documents. Being retired in favour of the support intent "
                       u"classifier.",
        .team = u"Customer Service Technology",
        .useCase = u"Back-office routing",
        .regulatoryContext = u"GDPR (documents contain personal data); records retention "
                             u"schedule",
        .status = ModelStatus::Retiring,
        .ownerEmail = u"kenji.watanabe@example.org",
        .framework = u"scikit-learn",
        .frameworkVersions = {u"1.0.2", u"1.2.2"},
        .architecture = u"TF-IDF over OCR text with a linear support-vector classifier "
                        u"(one-vs-rest, 14 classes).",
        .inputFormat = u"OCR text of the first three pages of a document.",
        .outputFormat = u"Document type with a decision score.",
        .datasetBase = u"inbound-documents",
        .dataSource = u"docs.inbound_scans OCR output with clerk-confirmed document types",
        .entityKey = u"document_id",
        .personalData = true,
        .baseRows = 380000,
        .baseAccuracy = 0.84,
        .features = {{u"page_count", 1, 30, 2.0},
                     {u"ocr_confidence", 0.5, 1.0},
                     {u"text_length_chars", 0, 20000, 1.8},
                     {u"prediction", 0, 1}},
        .users = {u"Back-office clerks"},
        .useCases = {u"Routing scanned letters and attachments to back-office queues"},
        .limitations = {u"Handwritten letters are classified poorly (OCR quality)."},
        .tradeoffs = {u"A linear model was chosen for speed and explainable keywords rather "
                      u"than top accuracy."},
        .ethics = {{u"Documents hold personal and sometimes special-category data",
                    u"Processed inside the document system only; access is logged"}},
        .riskFactors = {u"Misrouted complaints can miss response deadlines"},
        .mitigations
        = {u"Complaint keywords force the complaints queue", u"Clerks correct the routing"},
        .versions
        = {{u"1.0.0", Archived, 900}, {u"1.1.0", Production, 700, 0, ReleaseHistory::Approved}},
        .retirementReason = u"Superseded: the support intent classifier routes e-mail bodies and "
                            u"attachments since 1.1.0, scanned mail fell by 70 % and this "
                            u"model's accuracy decayed by 3 points over two quarters as "
                            u"document types changed.",
        .replacement = u"intent-classifier",
        .archiveLocation = u"s3://example-ml-archive/document-classifier/1.1.0/ (model, "
                           u"datasets, model card, evaluation reports; kept 10 years)",
    };
}

ModelSpec customerSegmentation()
{
    return {
        .name = u"customer-segmentation",
        .displayName = u"Customer segmentation",
        .description = u"Groups customers into eight behavioural segments (recency, frequency, "
                       u"monetary value, channel mix) for campaign planning.",
        .intendedUse = u"Audience definition for marketing campaigns, in aggregate. Never used "
                       u"for eligibility, pricing or credit decisions.",
        .team = u"Marketing Analytics",
        .useCase = u"Campaign planning",
        .regulatoryContext = u"GDPR Art. 21 (profiling for direct marketing)",
        .tier = RiskTier::Experimental,
        .ownerEmail = u"marcus.webb@example.org",
        .kind = ModelKind::Clustering,
        .framework = u"scikit-learn",
        .frameworkVersions = {u"1.3.2", u"1.4.2"},
        .architecture = u"K-means (k = 8) on standardised RFM and channel-mix features, seeded "
                        u"for stable segment labels.",
        .inputFormat = u"Customer aggregates over 12 months: recency, frequency, monetary value, "
                       u"channel shares.",
        .outputFormat = u"Segment id 0–7 with the distance to its centroid.",
        .datasetBase = u"customer-rfm",
        .dataSource = u"aggregates of crm.customer_monthly_snapshot",
        .entityKey = u"customer_id",
        .personalData = true,
        .baseRows = 2100000,
        .features = {{u"recency_days", 0, 365, 1.6},
                     {u"frequency_12m", 0, 60, 2.0},
                     {u"monetary_12m", 0, 5000, 2.2},
                     {u"prediction", 0, 7}},
        .users = {u"Campaign managers"},
        .useCases = {u"Audience selection for campaigns"},
        .limitations = {u"Segments are re-fitted quarterly; a label can change meaning between "
                        u"fits."},
        .tradeoffs = {u"k = 8 keeps segments interpretable although the silhouette peaks at "
                      u"k = 5."},
        .ethics = {{u"Segments could act as proxies for protected characteristics",
                    u"Age and sex skew of each segment reviewed before every campaign"}},
        .riskFactors = {u"Profiling for direct marketing"},
        .mitigations = {u"Opt-outs honoured; aggregate use only"},
        .versions = {{u"0.1.0", Archived, 500}, {u"1.0.0", Deprecated, 330, 0}},
    };
}

} // namespace

std::vector<ModelSpec> customerModels()
{
    return {productRecommender(), reviewSentiment(),    imageClassifier(),
            intentClassifier(),   documentClassifier(), customerSegmentation()};
}

} // namespace Quorum::Demo
