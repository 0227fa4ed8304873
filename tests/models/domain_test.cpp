// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/driftobservation.h"
#include "domain/risktier.h"
#include "domain/role.h"
#include "domain/semanticversion.h"
#include "domain/stage.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Semantic versions parse strictly and order numerically", "[models]")
{
    CHECK(SemanticVersion::parse(u"1.10.0") > SemanticVersion::parse(u"1.9.3"));
    CHECK(SemanticVersion::parse(u"v2.0.1")->toString() == QLatin1String("2.0.1"));
    CHECK(SemanticVersion::parse(u" 0.0.0 ").has_value());
    for (const char16_t *bad :
         {u"1.2", u"1.2.3.4", u"1.02.3", u"1.2.x", u"", u"-1.2.3", u"1..3", u"１.2.3"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(SemanticVersion::parse(bad).has_value());
    }
}

TEST_CASE("Risk tiers are read from numbers, names and 'Tier N'", "[models]")
{
    CHECK(riskTierFromText(u"1") == RiskTier::Critical);
    CHECK(riskTierFromText(u"Tier 2") == RiskTier::High);
    CHECK(riskTierFromText(u"tier3") == RiskTier::Standard);
    CHECK(riskTierFromText(u"Experimental") == RiskTier::Experimental);
    CHECK_FALSE(riskTierFromText(u"5").has_value());
    CHECK_FALSE(riskTierFromText(u"urgent").has_value());
    CHECK(riskTierLabel(RiskTier::Critical) == QStringLiteral("Tier 1 · Critical"));
}

TEST_CASE("Stage and role keys round-trip and unknown keys are rejected", "[models]")
{
    for (Stage stage : kAllStages) {
        CHECK(stageFromKey(stageKey(stage)) == stage);
    }
    for (Role role : kAllRoles) {
        CHECK(roleFromKey(roleKey(role)) == role);
    }
    CHECK(stageFromKey(u"PRODUCTION") == Stage::Production);
    CHECK_FALSE(stageFromKey(u"None").has_value()); // MLflow writes "None" for no stage
    CHECK(roleFromKey(u"ml-engineer") == Role::MlEngineer);
    CHECK_FALSE(roleFromKey(u"boss").has_value());
}

TEST_CASE("PSI bands follow the specification: 0.1 warns, 0.2 is drift", "[models]")
{
    CHECK(psiStatus(0.0) == DriftStatus::Stable);
    CHECK(psiStatus(0.0999) == DriftStatus::Stable);
    CHECK(psiStatus(0.1) == DriftStatus::Warning);
    CHECK(psiStatus(0.1999) == DriftStatus::Warning);
    CHECK(psiStatus(0.2) == DriftStatus::Drift);
    CHECK(psiStatus(1.5) == DriftStatus::Drift);
}
