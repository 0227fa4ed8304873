// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/risktier.h"
#include "domain/stage.h"

#include <QStringView>

#include <vector>

/// The demo's models as data (SPEC §10): everything the generator needs to know about a model
/// that is not drawn at random.
namespace Quorum::Demo {

/// What a model predicts, which decides its metrics.
enum class ModelKind {
    Classifier, ///< accuracy, precision, recall, f1, roc_auc, …
    Ranker,     ///< a click classifier plus ranking metrics
    Forecaster, ///< forecast accuracy (1 − WAPE), MAPE, RMSE, …
    Clustering, ///< silhouette, Davies–Bouldin, stability
};

/// The release request a version went through.
enum class ReleaseHistory {
    None,
    Approved, ///< an approved request from Staging to the version's stage
    Pending,  ///< a pending request from Staging to Production, in the inbox
};

struct VersionSpec
{
    QStringView version{};
    Stage stage = Stage::Development;
    /// Created this many days before the demo's date. A monitored production version is
    /// instead created just before its drift monitoring starts (see DemoContext).
    int ageDays = 0;
    int parent = -1; ///< index of the parent version in ModelSpec::versions, -1 for none
    ReleaseHistory release = ReleaseHistory::None;
    double riskExtra = 0.0; ///< added to the risk score (e.g. a prototype never validated)
    QStringView riskNote{}; ///< the reason for riskExtra, listed as a high-risk factor
};

/// A monitored input (or "prediction"): its range gives the drift histogram's bin edges.
struct FeatureSpec
{
    QStringView name{};
    double lo = 0.0;
    double hi = 1.0;
    double skew = 1.0; ///< > 1 packs the bin edges towards lo (long-tailed amounts)
};

/// A period of rising drift in the weekly monitoring (week 0 is the oldest of 52).
struct DriftEpisode
{
    int firstWeek = -1;
    int peakWeek = -1;
    int lastWeek = -1;
    double peak = 0.0; ///< PSI at the peak on the episode's features
    std::vector<QStringView> features{};
};

/// A deliberate selection-rate gap for one group in one version's fairness report.
struct Disparity
{
    QStringView version{};
    QStringView attribute{};
    QStringView group{};
    double gap = 0.0; ///< privileged minus this group's selection rate
};

struct EthicalRisk
{
    QStringView name{};
    QStringView mitigation{};
};

struct ModelSpec
{
    QStringView name{};
    QStringView displayName{};
    QStringView description{};
    QStringView intendedUse{};
    QStringView team{};
    QStringView useCase{};
    QStringView regulatoryContext{};
    RiskTier tier = RiskTier::Standard;
    ModelStatus status = ModelStatus::Active;
    QStringView ownerEmail{};
    ModelKind kind = ModelKind::Classifier;
    QStringView framework{};
    std::vector<QStringView> frameworkVersions{}; ///< by version index, the last one repeats
    QStringView architecture{};
    QStringView inputFormat{};
    QStringView outputFormat{};
    QStringView datasetBase{}; ///< datasets are named "<base>-raw", "<base>-curated", …
    QStringView dataSource{};
    QStringView entityKey{}; ///< the key column of the dataset schema
    bool personalData = false;
    qint64 baseRows = 0;
    double baseAccuracy = 0.85;          ///< test accuracy of the first version
    std::vector<FeatureSpec> features{}; ///< "prediction" last
    bool monitored = false;              ///< weekly drift monitoring of the production version
    DriftEpisode episode{};
    std::vector<QStringView> protectedAttributes{}; ///< empty: no fairness reports
    QStringView favourableOutcome{};
    double favourableRate = 0.5;
    Disparity disparity{};
    std::vector<QStringView> users{};
    std::vector<QStringView> useCases{};
    std::vector<QStringView> limitations{};
    std::vector<QStringView> tradeoffs{};
    std::vector<EthicalRisk> ethics{};
    std::vector<QStringView> riskFactors{};
    std::vector<QStringView> mitigations{};
    std::vector<VersionSpec> versions{};
    /// A retiring model: why, the machine name of its replacement, where the artefacts go.
    QStringView retirementReason{};
    QStringView replacement{};
    QStringView archiveLocation{};
};

/// How far into @p episode week @p week is: 0 outside it, rising to 1 at the peak, then
/// falling quickly once the model was retrained.
double episodeIntensity(const DriftEpisode &episode, int week);

/// The twelve demo models in the order of SPEC §10.
const std::vector<ModelSpec> &catalog();

/// Payments, credit, pricing and planning models (democatalogfinance.cpp).
std::vector<ModelSpec> financeModels();
/// Customer-experience and content models (democatalogcustomer.cpp).
std::vector<ModelSpec> customerModels();

} // namespace Quorum::Demo
