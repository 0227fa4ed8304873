// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <catch2/catch_tostring.hpp>

namespace Quorum {
class Database;
}

namespace Quorum::Test {

/// Fills @p db with a small inventory, in one write transaction:
///  - "Card fraud detector" (fraud-detection), tier 1, Payments Risk, Ada Byrne;
///    versions 1.0.0 deprecated, 1.1.0 production, 1.2.0 staging;
///  - "Credit scoring" (credit-scoring), tier 1, Lending, Ben Okafor; 3.0.0 staging;
///  - "Customer churn predictor" (churn-predictor), tier 2, Retention, Ben Okafor;
///    2.0.0 production;
///  - "Product image classifier" (image-classifier), tier 4, Catalogue, Chen Li;
///    0.1.0 development.
void addSmallInventory(Database &db);

/// Points QSettings at a folder private to this test process and forgets what earlier tests
/// stored there (recent databases, window geometry). Call before creating windows.
void resetUiSettings();

} // namespace Quorum::Test

/// Lets Catch2 print QStrings in failed expectations.
template<>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
