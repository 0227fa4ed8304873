// SPDX-License-Identifier: GPL-3.0-or-later
// Payments, credit, pricing and planning models of the demo.
#include "democatalog.h"

namespace Quorum::Demo {

namespace {

using enum Stage;

ModelSpec fraudDetection()
{
    return {
        .name = u"fraud-detection",
        .displayName = u"Card fraud detector",
        .description = u"Scores every card authorisation for the likelihood of fraud in real time. "
                       u"Scores above the operating threshold are held for step-up "
                       u"authentication or analyst review.",
        .intendedUse = u"Real-time fraud screening of card authorisations for retail customers in "
                       u"the EU. Decision support only: every hold is reviewed by fraud "
                       u"operations within 15 minutes.",
        .team = u"Payments Risk",
        .useCase = u"Fraud prevention",
        .regulatoryContext = u"PSD2 RTS on strong customer authentication (transaction risk "
                             u"analysis); EU AI Act: fraud detection is excluded from Annex III "
                             u"5(b)",
        .tier = RiskTier::Critical,
        .ownerEmail = u"laura.kowalski@example.org",
        .framework = u"xgboost",
        .frameworkVersions = {u"1.7.6", u"1.7.6", u"2.0.3", u"2.1.1"},
        .architecture = u"Gradient-boosted decision trees (XGBoost, hist tree method) with a "
                        u"monotonic constraint on the amount; isotonic calibration of the score.",
        .inputFormat = u"JSON authorisation event: amount, currency, merchant category, merchant "
                       u"risk score, card age, velocity counters, device and location features.",
        .outputFormat = u"Fraud probability 0–1 and the three strongest reason codes; hold when "
                        u"the score is 0.82 or more.",
        .datasetBase = u"card-transactions",
        .dataSource = u"warehouse.payments.card_authorisations (Snowflake) with chargeback "
                      u"labels from the disputes system",
        .entityKey = u"authorisation_id",
        .personalData = true,
        .baseRows = 2400000,
        .baseAccuracy = 0.978,
        .features = {{u"transaction_amount", 0, 2500, 2.2},
                     {u"merchant_risk_score", 0, 1},
                     {u"card_age_days", 0, 3650, 1.5},
                     {u"txn_velocity_1h", 0, 12, 1.6},
                     {u"distance_from_home_km", 0, 800, 2.5},
                     {u"prediction", 0, 1, 2.0}},
        .monitored = true,
        .episode = {34, 39, 41, 0.31, {u"transaction_amount", u"merchant_risk_score"}},
        .protectedAttributes = {u"sex", u"age_band"},
        .favourableOutcome = u"not_flagged",
        .favourableRate = 0.975,
        .users = {u"Fraud operations analysts reviewing held authorisations",
                  u"Payments platform (automatic hold or step-up authentication)"},
        .useCases
        = {u"Real-time screening of card authorisations", u"Prioritising the analyst review queue"},
        .limitations = {u"Trained on EU card traffic; performance elsewhere is not measured.",
                        u"New fraud patterns reach the model only when labelled chargebacks "
                        u"arrive (30–60 days later)."},
        .tradeoffs = {u"The 0.82 threshold holds about 1 % of legitimate authorisations; a "
                      u"lower threshold catches more fraud at the cost of more false holds."},
        .ethics = {{u"False holds fall more often on customers who travel or shop cross-border",
                    u"Holds trigger step-up authentication, never a decline; analyst review "
                    u"within 15 minutes; monthly false-hold rates per sex and age band"},
                   {u"Device and location data are personal data",
                    u"Pseudonymised features, 13-month retention, DPIA on file"}},
        .riskFactors = {u"Automatic holds affect customers' access to their money",
                        u"Uses personal and location data", u"Fraudsters adapt to the model"},
        .mitigations = {u"Human review of every hold within 15 minutes",
                        u"Weekly drift monitoring with Tier 1 thresholds",
                        u"Shadow scoring of every candidate before release"},
        .versions = {{u"1.0.0", Archived, 820},
                     {u"1.1.0", Archived, 690, 0},
                     {u"2.0.0", Deprecated, 540, 1},
                     {u"2.1.0", Production, 0, 2, ReleaseHistory::Approved}},
    };
}

ModelSpec creditScoring()
{
    return {
        .name = u"credit-scoring",
        .displayName = u"Consumer credit scoring",
        .description = u"Estimates the probability that a consumer-loan applicant defaults within "
                       u"12 months and turns it into an approve, refer or decline recommendation "
                       u"for credit officers.",
        .intendedUse = u"Recommendation to credit officers for unsecured consumer loans up to "
                       u"EUR 25,000. A credit officer makes and signs every decline; the score "
                       u"is not used for pricing.",
        .team = u"Retail Credit Analytics",
        .useCase = u"Creditworthiness assessment",
        .regulatoryContext = u"EU AI Act Annex III 5(b): creditworthiness of natural persons "
                             u"(high-risk); Consumer Credit Directive (EU) 2023/2225 Art. 18; "
                             u"GDPR Art. 22",
        .tier = RiskTier::Critical,
        .ownerEmail = u"jonas.becker@example.org",
        .framework = u"xgboost",
        .frameworkVersions = {u"2.0.3", u"2.1.1"},
        .architecture = u"Gradient-boosted trees with monotonic constraints on income and "
                        u"debt-to-income, translated into a points scorecard for explanations.",
        .inputFormat = u"Application record: income, debt-to-income ratio, credit utilisation, "
                       u"months employed, prior defaults and bureau attributes. Sex and age are "
                       u"not inputs; they are used only for fairness testing.",
        .outputFormat = u"Probability of default 0–1, a recommendation (approve, refer, decline) "
                        u"and four reason codes for the adverse-action notice.",
        .datasetBase = u"loan-applications",
        .dataSource = u"origination.applications joined with 12-month repayment outcomes "
                      u"(credit data mart)",
        .entityKey = u"application_id",
        .personalData = true,
        .baseRows = 310000,
        .baseAccuracy = 0.812,
        .features = {{u"annual_income", 0, 150000, 1.8},
                     {u"debt_to_income", 0, 0.8},
                     {u"credit_utilisation", 0, 1},
                     {u"months_employed", 0, 360, 1.6},
                     {u"prior_defaults", 0, 5, 2.0},
                     {u"prediction", 0, 1}},
        .protectedAttributes = {u"sex", u"age_band"},
        .favourableOutcome = u"approve",
        .favourableRate = 0.58,
        .disparity = {u"1.0.0", u"age_band", u"18-24", 0.26},
        .users = {u"Credit officers in retail lending", u"Credit risk team (portfolio monitoring)"},
        .useCases = {u"Recommendation on unsecured consumer-loan applications",
                     u"Reason codes for adverse-action notices"},
        .limitations = {u"Thin-file applicants (under two years of credit history) are scored "
                        u"with lower confidence.",
                        u"Not validated for secured lending or small-business credit."},
        .tradeoffs = {u"Approving more young applicants at the current cut-off raises expected "
                      u"losses by about 0.3 percentage points."},
        .ethics = {{u"Lower approval rate for applicants aged 18-24",
                    u"Reweighing of the training data and a review of the cut-off before "
                    u"production; officers review every decline"},
                   {u"Automated decisions on credit (GDPR Art. 22)",
                    u"Human decision on every decline, reason codes for the applicant, appeal "
                    u"process"}},
        .riskFactors = {u"EU AI Act high-risk use (Annex III 5(b))",
                        u"Decisions with legal or similarly significant effects on people",
                        u"Historical lending data can encode past bias"},
        .mitigations = {u"A credit officer signs every decline",
                        u"Fairness testing per sex and age band on every release",
                        u"Annex IV technical documentation kept with each version"},
        .versions = {{u"0.9.0", Archived, 150, -1, ReleaseHistory::None, 0.18,
                      u"Prototype trained before the fairness review; never validated "
                      u"out of time"},
                     {u"1.0.0", Staging, 20, 0, ReleaseHistory::Pending}},
    };
}

ModelSpec dynamicPricing()
{
    return {
        .name = u"dynamic-pricing",
        .displayName = u"Dynamic pricing engine",
        .description = u"Predicts whether a discount converts and proposes the discount step per "
                       u"product and channel within the margin guard-rails of the pricing "
                       u"committee.",
        .intendedUse = u"Markdown and promotion proposals for the online shop, bounded by price "
                       u"floors. Every customer in a channel sees the same price: no individual "
                       u"price personalisation.",
        .team = u"Commercial Analytics",
        .useCase = u"Pricing and promotions",
        .regulatoryContext = u"Omnibus Directive (EU) 2019/2161 (personalised pricing "
                             u"disclosure); Price Indication Directive 98/6/EC",
        .tier = RiskTier::High,
        .ownerEmail = u"aisha.rahman@example.org",
        .framework = u"lightgbm",
        .frameworkVersions = {u"3.3.5", u"4.1.0", u"4.3.0"},
        .architecture = u"LightGBM conversion-propensity model with a constrained optimiser that "
                        u"picks the discount step (0–30 %) maximising expected margin.",
        .inputFormat = u"Product, channel and context features: base price, competitor price "
                       u"index, stock cover, season, basket context; no customer identifiers.",
        .outputFormat = u"Recommended discount step and the expected conversion uplift.",
        .datasetBase = u"price-experiments",
        .dataSource = u"commerce.price_experiments and order lines (BigQuery); loyalty age band "
                      u"joined for fairness testing only",
        .entityKey = u"offer_id",
        .personalData = true,
        .baseRows = 5800000,
        .baseAccuracy = 0.83,
        .features = {{u"base_price", 0, 400, 2.0},
                     {u"competitor_price_index", 0.7, 1.3},
                     {u"stock_cover_days", 0, 120, 1.5},
                     {u"discount_depth", 0, 0.3},
                     {u"prediction", 0, 1}},
        .protectedAttributes = {u"age_band"},
        .favourableOutcome = u"discount_offered",
        .favourableRate = 0.35,
        .users = {u"Pricing analysts", u"Category managers approving promotion calendars"},
        .useCases = {u"Weekly markdown proposals", u"Promotion depth planning"},
        .limitations = {u"Competitors' reactions to our prices are not modelled.",
                        u"Trained on discounts up to 30 %; deeper discounts are extrapolation."},
        .tradeoffs = {u"Higher margin targets reduce the conversion uplift in low-stock "
                      u"categories."},
        .ethics = {{u"Discounts could reach some age groups less often through the channel mix",
                    u"Discount exposure tested per loyalty age band on every release"},
                   {u"Drift into individual price personalisation",
                    u"Customer-level features excluded by design and checked in code review"}},
        .riskFactors
        = {u"Direct revenue and margin impact", u"Consumer-protection rules on price indications"},
        .mitigations = {u"Price floors and caps enforced outside the model",
                        u"The pricing committee approves every promotion calendar"},
        .versions = {{u"1.0.0", Archived, 400},
                     {u"1.1.0", Rejected, 250, 0, ReleaseHistory::None, 0.30,
                      u"Used customer-level willingness-to-pay features (individual price "
                      u"personalisation)"},
                     {u"2.0.0", Approved, 70, 0, ReleaseHistory::Approved}},
    };
}

ModelSpec anomalyDetector()
{
    return {
        .name = u"anomaly-detector",
        .displayName = u"Payment gateway anomaly detector",
        .description = u"Flags unusual behaviour of the payment gateway (traffic, errors, "
                       u"declines) per merchant segment every minute, so operations can react "
                       u"before customers notice.",
        .intendedUse = u"Alerting for the payments operations centre; an alert opens an incident "
                       u"for the on-call engineer. Never used for decisions about individual "
                       u"customers.",
        .team = u"Payments Platform",
        .useCase = u"Operational monitoring",
        .regulatoryContext = u"DORA (EU) 2022/2554: detection of ICT-related incidents",
        .tier = RiskTier::High,
        .ownerEmail = u"laura.kowalski@example.org",
        .framework = u"scikit-learn",
        .frameworkVersions = {u"1.3.2", u"1.4.2"},
        .architecture = u"Isolation forest over one-minute aggregates with a seasonal baseline "
                        u"per merchant segment; alerts after three anomalous minutes in a row.",
        .inputFormat = u"One-minute aggregates per merchant segment: request rate, error rate, "
                       u"p95 latency, authorisation decline rate.",
        .outputFormat = u"Anomaly score 0–1 and an alert flag with the contributing aggregates.",
        .datasetBase = u"gateway-metrics",
        .dataSource = u"observability.gateway_minute_aggregates (ClickHouse) with incident "
                      u"labels from the service desk",
        .entityKey = u"window_id",
        .baseRows = 4200000,
        .baseAccuracy = 0.93,
        .features = {{u"request_rate", 0, 9000, 1.3},
                     {u"error_rate", 0, 0.05, 2.0},
                     {u"p95_latency_ms", 0, 1200, 1.7},
                     {u"auth_decline_rate", 0, 0.3, 1.8},
                     {u"prediction", 0, 1, 2.5}},
        .monitored = true,
        .users = {u"Payments operations centre (on-call engineers)"},
        .useCases = {u"Early warning of payment gateway incidents"},
        .limitations = {u"A new merchant segment needs two weeks of history for its baseline.",
                        u"Slow degradations that build up over days are not detected."},
        .tradeoffs = {u"The three-minute rule cuts false alerts by 60 % for about two minutes "
                      u"of extra detection delay."},
        .ethics = {{u"Alert fatigue can hide real incidents",
                    u"Alert precision reviewed monthly; suppressions expire after 24 hours"}},
        .riskFactors = {u"Missed incidents delay the response to payment outages"},
        .mitigations = {u"Static threshold alerts stay active as a fallback",
                        u"Monthly review of missed incidents"},
        .versions
        = {{u"1.0.0", Deprecated, 640}, {u"1.1.0", Production, 0, 0, ReleaseHistory::Approved}},
    };
}

ModelSpec demandForecaster()
{
    return {
        .name = u"demand-forecaster",
        .displayName = u"Store demand forecaster",
        .description = u"Forecasts weekly unit demand per product and store for the next 12 "
                       u"weeks; feeds automatic replenishment orders and the promotion planner.",
        .intendedUse = u"Replenishment ordering for grocery and household categories in 420 "
                       u"stores. Buyers can override every order; fresh produce is out of scope.",
        .team = u"Supply Chain Analytics",
        .useCase = u"Demand planning",
        .regulatoryContext = u"No sector regulation; internal model-risk policy (financial "
                             u"planning impact)",
        .tier = RiskTier::High,
        .ownerEmail = u"elena.petrova@example.org",
        .kind = ModelKind::Forecaster,
        .framework = u"lightgbm",
        .frameworkVersions = {u"3.3.5", u"4.1.0", u"4.3.0"},
        .architecture = u"Global LightGBM model with Tweedie loss over store-product series, lag "
                        u"and calendar features, reconciled to category totals.",
        .inputFormat = u"Weekly sales history per store and product, price index, promotion "
                       u"share, weather and holiday calendar.",
        .outputFormat = u"Point forecast and P10/P90 quantiles of weekly units, 12 weeks ahead.",
        .datasetBase = u"store-sales",
        .dataSource = u"retail.pos_sales_weekly (Snowflake) with the promotion calendar and a "
                      u"weather feed",
        .entityKey = u"store_product_week",
        .baseRows = 18500000,
        .baseAccuracy = 0.82,
        .features = {{u"weekly_units_lag1", 0, 400, 2.0},
                     {u"price_index", 0.6, 1.4},
                     {u"promo_share", 0, 1, 1.5},
                     {u"temperature_c", -10, 35},
                     {u"prediction", 0, 400, 2.0}},
        .monitored = true,
        .episode = {2, 4, 6, 0.14, {u"promo_share"}},
        .users = {u"Replenishment planners and buyers", u"Automatic ordering system"},
        .useCases = {u"Weekly store replenishment orders", u"Promotion volume planning"},
        .limitations = {u"New products without 8 weeks of history fall back to category "
                        u"averages.",
                        u"Extreme weather and supply shocks are not anticipated."},
        .tradeoffs = {u"Optimising WAPE at category level leaves single-store forecasts of slow "
                      u"movers noisy."},
        .ethics = {{u"Over-ordering creates food waste",
                    u"Buyers review orders above twice the four-week average; waste is a KPI "
                    u"of the monthly review"}},
        .riskFactors = {u"Stock-outs and waste from a systematic forecast bias"},
        .mitigations = {u"Buyer override on every order", u"Weekly bias tracking per category"},
        .versions = {{u"3.0.0", Archived, 720},
                     {u"3.1.0", Deprecated, 540, 0},
                     {u"3.2.0", Production, 0, 1, ReleaseHistory::Approved}},
    };
}

ModelSpec customerChurn()
{
    return {
        .name = u"customer-churn",
        .displayName = u"Customer churn predictor",
        .description = u"Predicts which subscription customers are likely to cancel in the next "
                       u"90 days so the retention team can offer help or a better plan.",
        .intendedUse = u"Prioritising retention outreach for broadband and mobile subscriptions. "
                       u"Offers are voluntary; no service is withdrawn because of the score.",
        .team = u"Customer Analytics",
        .useCase = u"Customer retention",
        .regulatoryContext = u"GDPR Art. 21 (objection to profiling for direct marketing)",
        .tier = RiskTier::High,
        .ownerEmail = u"marcus.webb@example.org",
        .framework = u"lightgbm",
        .frameworkVersions = {u"3.3.5", u"4.0.0", u"4.1.0", u"4.3.0"},
        .architecture = u"LightGBM binary classifier on 90-day behavioural aggregates with SHAP "
                        u"explanations per customer.",
        .inputFormat = u"Monthly customer snapshot: tenure, monthly charges, support tickets, "
                       u"usage trend, days since last login, contract type.",
        .outputFormat = u"Churn probability 0–1, risk decile and the three main drivers.",
        .datasetBase = u"customer-snapshots",
        .dataSource = u"crm.customer_monthly_snapshot (Snowflake) with cancellation events",
        .entityKey = u"customer_id",
        .personalData = true,
        .baseRows = 1350000,
        .baseAccuracy = 0.85,
        .features = {{u"tenure_months", 0, 120, 1.4},
                     {u"monthly_charges", 10, 150},
                     {u"support_tickets_90d", 0, 10, 2.0},
                     {u"days_since_last_login", 0, 90, 1.8},
                     {u"prediction", 0, 1, 1.5}},
        .monitored = true,
        .episode = {20, 22, 24, 0.13, {u"monthly_charges"}},
        .protectedAttributes = {u"sex", u"age_band"},
        .favourableOutcome = u"retention_offer",
        .favourableRate = 0.22,
        .users = {u"Retention team agents", u"CRM campaign tooling"},
        .useCases
        = {u"Prioritising outbound retention calls", u"Selecting customers for plan-review offers"},
        .limitations = {u"Customers with under three months of tenure are scored from sparse "
                        u"history.",
                        u"Business customers are out of scope."},
        .tradeoffs = {u"Contacting the top two deciles reaches 58 % of churners, but 14 % of "
                      u"contacts are unnecessary."},
        .ethics = {{u"Better offers could concentrate on some demographic groups",
                    u"Offer exposure monitored per sex and age band; offers come from a fixed "
                    u"catalogue"},
                   {u"Profiling for direct marketing",
                    u"Customers can object in the app; opted-out customers are removed before "
                    u"scoring"}},
        .riskFactors
        = {u"Profiling of customers with personal data", u"Unequal access to retention offers"},
        .mitigations
        = {u"Opt-outs honoured before scoring", u"Quarterly fairness review of offer exposure"},
        .versions = {{u"1.0.0", Archived, 760},
                     {u"1.1.0", Deprecated, 560, 0},
                     {u"1.2.0", Production, 0, 1, ReleaseHistory::Approved},
                     {u"1.3.0", Staging, 16, 2, ReleaseHistory::Pending}},
    };
}

} // namespace

std::vector<ModelSpec> financeModels()
{
    return {fraudDetection(),  creditScoring(),    dynamicPricing(),
            anomalyDetector(), demandForecaster(), customerChurn()};
}

} // namespace Quorum::Demo
