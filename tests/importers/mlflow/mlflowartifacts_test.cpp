// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mapping/mlflowartifacts.h"
#include "importers/source/importerror.h"
#include "mlflowtesttree.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QString sampleModelDir()
{
    return Test::mlflow2SampleRunDir() + QStringLiteral("/artifacts/sklearn_log_model");
}

} // namespace

TEST_CASE("A model folder's SHA-256 is what the documented shell pipeline prints",
          "[importers][mlflow]")
{
    const QString expected = Test::shellFolderSha256(sampleModelDir());
    REQUIRE(expected.size() == 64);
    CHECK(mlflowArtifactSha256(sampleModelDir()) == expected);
}

TEST_CASE("A folder's SHA-256 covers nested and hidden files and skips symbolic links",
          "[importers][mlflow]")
{
    QTemporaryDir temp;
    const QString dir = temp.path() + QStringLiteral("/model");
    Test::writeFile(dir + QStringLiteral("/MLmodel"), "flavors: {}\n");
    Test::writeFile(dir + QStringLiteral("/.hidden"), "h");
    Test::writeFile(dir + QStringLiteral("/data/weights.bin"), QByteArray(5000, '\x01'));
    Test::writeFile(dir + QStringLiteral("/data b/x"), "space before the slash sorts first");
    Test::writeFile(dir + QStringLiteral("/Z upper"), "uppercase sorts before lowercase");
    Test::writeFile(dir + QStringLiteral("/odd\\name\nline"), "escaped by sha256sum");
    Test::writeFile(temp.path() + QStringLiteral("/outside"), "not part of the model");
    REQUIRE(QFile::link(QStringLiteral("../outside"), dir + QStringLiteral("/link")));

    CHECK(mlflowArtifactSha256(dir) == Test::shellFolderSha256(dir));
}

TEST_CASE("A single artifact file's SHA-256 is its own", "[importers][mlflow]")
{
    const QString file = sampleModelDir() + QStringLiteral("/model.pkl");
    CHECK(mlflowArtifactSha256(file) == Test::shellFileSha256(file));
}

TEST_CASE("MLmodel gives the framework and its version without loading the model",
          "[importers][mlflow]")
{
    const auto flavor = readMlflowModelFlavor(sampleModelDir());
    REQUIRE(flavor.has_value());
    CHECK(flavor->framework == QStringLiteral("scikit-learn"));
    CHECK(flavor->frameworkVersion == QStringLiteral("1.5.1"));
    CHECK(flavor->mlflowVersion == QStringLiteral("2.14.3"));

    QTemporaryDir temp;
    Test::writeFile(temp.path() + QStringLiteral("/MLmodel"),
                    "flavors:\n  python_function:\n    python_version: 3.12.1\n"
                    "mlflow_version: 3.1.4\n");
    const auto pyfunc = readMlflowModelFlavor(temp.path());
    REQUIRE(pyfunc.has_value());
    CHECK(pyfunc->framework == QStringLiteral("python"));
    CHECK(pyfunc->frameworkVersion == QStringLiteral("3.12.1"));

    Test::writeFile(temp.path() + QStringLiteral("/MLmodel"),
                    "flavors:\n  python_function: {python_version: 3.10.0}\n"
                    "  xgboost: {xgb_version: 2.0.3, data: model.xgb}\n");
    const auto xgboost = readMlflowModelFlavor(temp.path());
    REQUIRE(xgboost.has_value());
    CHECK(xgboost->framework == QStringLiteral("xgboost"));
    CHECK(xgboost->frameworkVersion == QStringLiteral("2.0.3"));
}

TEST_CASE("A folder without MLmodel has no flavor and a bad MLmodel is refused",
          "[importers][mlflow]")
{
    QTemporaryDir temp;
    CHECK_FALSE(readMlflowModelFlavor(temp.path()).has_value());

    const QString file = temp.path() + QStringLiteral("/MLmodel");
    Test::writeFile(file, "flavors:\n  - sklearn\n");
    try {
        readMlflowModelFlavor(temp.path());
        FAIL("flavors as a list must be refused");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportErrorKind::Invalid);
        CHECK(error.message().startsWith(file + QStringLiteral(": flavors: ")));
    }
}
