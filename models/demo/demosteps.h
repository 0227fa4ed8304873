// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelversion.h"

#include <vector>

/// The steps of the demo generator, in the order populateDemo() runs them. Each writes
/// through the repositories inside the context's transaction.
namespace Quorum::Demo {

struct DemoContext;
struct ModelRecord;
struct VersionRecord;

void addPeople(DemoContext &context);            // demopeople.cpp
void addModelsAndVersions(DemoContext &context); // demoversions.cpp
void addEvaluations(DemoContext &context);       // demoevaluations.cpp
void addFairness(DemoContext &context);          // demofairness.cpp
void addDrift(DemoContext &context);             // demodrift.cpp
void addRiskAssessments(DemoContext &context);   // demorisk.cpp
void addModelCards(DemoContext &context);        // demomodelcards.cpp
void addReleaseRequests(DemoContext &context);   // demorequests.cpp
void addCertificates(DemoContext &context);      // demokeys.cpp
void addDecisions(DemoContext &context);         // demodecisions.cpp
void addAlerts(DemoContext &context);            // demoalerts.cpp

/// Stores the raw → curated → train/test lineage a version was trained on, sets the
/// record's test rows and returns the links for the version (demodatasets.cpp).
std::vector<DatasetLink> addDatasets(DemoContext &context, const ModelRecord &model,
                                     VersionRecord &version);

} // namespace Quorum::Demo
