// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile or damaged MLflow trees: every problem is an error naming the path.
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "mlflowtesttree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

#include <sys/stat.h>

using namespace Quorum;

namespace {

/// A writable copy of the real MLflow 2 sample.
struct CopiedStore
{
    QTemporaryDir temp;
    QString root;
    QString run;

    CopiedStore()
        : root(temp.path() + QStringLiteral("/mlruns"))
        , run(root + QStringLiteral("/308242617329116441/1f102c0e268c4dd58c8f8d98b28488da"))
    {
        Test::copyTree(Test::mlflow2SampleRoot(), root);
    }
};

ImportError readError(const QString &root, const ImportLimits &limits = {})
{
    try {
        readMlflowStore(root, limits);
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("reading " << root.toStdString() << " must fail");
    return ImportError(ImportErrorKind::NotFound, {}, {}, {});
}

} // namespace

TEST_CASE("A symbolic link back into the tree is refused as a loop naming the link",
          "[importers][mlflow]")
{
    CopiedStore store;
    const QString link = store.run + QStringLiteral("/tags/loop");
    REQUIRE(QFile::link(QStringLiteral(".."), link));

    const ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Unreadable);
    CHECK(error.file() == link);
    CHECK(error.message()
          == link + QStringLiteral(": symbolic-link loop (leads back to ")
              + QFileInfo(store.run).canonicalFilePath() + QLatin1Char(')'));
}

TEST_CASE("A symbolic link to a folder outside the folders being read is followed",
          "[importers][mlflow]")
{
    CopiedStore store;
    REQUIRE(QFile::link(QStringLiteral("../params"), store.run + QStringLiteral("/tags/copied")));

    const MlflowStore read = readMlflowStore(store.root, ImportLimits{});
    const MlflowRun *run = read.findRun(QStringLiteral("1f102c0e268c4dd58c8f8d98b28488da"));
    REQUIRE(run != nullptr);
    CHECK(run->tags.value(QStringLiteral("copied/alpha")) == QStringLiteral("0.8"));
    CHECK(run->tags.size() == 8);
}

TEST_CASE("A broken symbolic link in a metrics folder is refused naming it", "[importers][mlflow]")
{
    CopiedStore store;
    const QString link = store.run + QStringLiteral("/metrics/gone");
    REQUIRE(QFile::link(QStringLiteral("no-such-file"), link));

    const ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Unreadable);
    CHECK(error.file() == link);
    CHECK(error.message().contains(QStringLiteral("broken symbolic link")));
}

TEST_CASE("A pipe in place of a metric file is refused naming it", "[importers][mlflow]")
{
    CopiedStore store;
    const QString fifo = store.run + QStringLiteral("/metrics/rmse");
    REQUIRE(QFile::remove(fifo));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    const ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Unreadable);
    CHECK(error.file() == fifo);
    CHECK(error.message().contains(QStringLiteral("not a regular file")));
}

TEST_CASE("An unreadable metric file or folder is refused naming it", "[importers][mlflow]")
{
    if (::geteuid() == 0) {
        SKIP("root reads files whatever their permissions");
    }
    CopiedStore store;
    const QString file = store.run + QStringLiteral("/metrics/rmse");
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0) == 0);
    ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Unreadable);
    CHECK(error.file() == file);
    CHECK(error.message().contains(QStringLiteral("cannot be read")));

    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
    const QString folder = store.run + QStringLiteral("/params");
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0) == 0);
    error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Unreadable);
    CHECK(error.file() == folder);
    CHECK(error.message().contains(QStringLiteral("cannot be read")));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
}

TEST_CASE("A metric file over the size limit is refused unless limits are lifted",
          "[importers][mlflow]")
{
    ImportLimits limits;
    limits.maxMetricFileBytes = 20; // "1721476991168 0.6661102694838198 0\n" is 35 bytes

    const ImportError error = readError(Test::mlflow2SampleRoot(), limits);
    CHECK(error.kind() == ImportErrorKind::TooLarge);
    CHECK(error.file().endsWith(QStringLiteral("/metrics/mae  ")));

    limits.sizeLimit = SizeLimit::Lifted;
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), limits);
    CHECK(store.experiments.at(1).runs.at(0).metrics.at(0).value == 0.6661102694838198);
}

TEST_CASE("A store with too many entries or levels is refused", "[importers][mlflow]")
{
    ImportLimits limits;
    limits.maxTreeEntries = 10;
    ImportError error = readError(Test::mlflow2SampleRoot(), limits);
    CHECK(error.kind() == ImportErrorKind::TooLarge);
    CHECK(error.message().contains(QStringLiteral("more than 10 files and folders")));

    limits = ImportLimits{};
    limits.maxTreeDepth = 2; // root, experiment, run: metrics/ is level 3
    error = readError(Test::mlflow2SampleRoot(), limits);
    CHECK(error.kind() == ImportErrorKind::TooLarge);
    CHECK(error.message().contains(QStringLiteral("more than 2 folder levels")));
}

TEST_CASE("A bad run meta.yaml is refused naming the file and the key", "[importers][mlflow]")
{
    CopiedStore store;
    const QString meta = store.run + QStringLiteral("/meta.yaml");
    QFile file(meta);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();

    Test::writeFile(meta, QByteArray(original).replace("status: 3", "status: done"));
    ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message().startsWith(meta + QStringLiteral(": status: expected a run status")));

    Test::writeFile(meta, QByteArray(original).replace("run_id: 1f10", "run_id: 9f10"));
    error = readError(store.root);
    CHECK(
        error.message().startsWith(meta + QStringLiteral(": run_id: expected the folder's name")));

    Test::writeFile(
        meta, QByteArray(original).replace("lifecycle_stage: active", "lifecycle_stage: [active"));
    error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Malformed);
    CHECK(error.file() == meta);
}

TEST_CASE("Two metric files that differ only by trailing spaces are refused", "[importers][mlflow]")
{
    CopiedStore store;
    Test::writeFile(store.run + QStringLiteral("/metrics/mae"), "1 0.5 0\n");

    const ImportError error = readError(store.root);
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message().contains(QStringLiteral("the key \"mae\" is also given by")));
}

TEST_CASE("An alias that does not name a version number is refused", "[importers][mlflow]")
{
    QTemporaryDir temp;
    Test::copyTree(Test::mlflow3FixtureDir(), temp.path());
    const QString alias
        = temp.path() + QStringLiteral("/mlruns/models/logistic_regression/aliases/production");
    Test::writeFile(alias, "one");

    const ImportError error = readError(temp.path());
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == alias + QStringLiteral(": expected a model version number, found \"one\""));
}
