// SPDX-License-Identifier: GPL-3.0-or-later
// Timing of the Annex IV export (issue 5: a 40-page document in under 2 s): evidence loading,
// building the document and rendering it as PDF/A, on a copy of the demo database whose
// production fraud model is given extra evaluations until its document is about 40 pages.
// Not a pass/fail test; the smoke run only proves the benchmark still works.
#include "annexiv/annexivbuilder.h"
#include "demo/demodatabase.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "evidence/versionevidence.h"
#include "pdf/pdfrenderer.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/writetransaction.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

#include <benchmark/benchmark.h>

namespace {

using namespace Quorum;

// Extra evaluation rows: 24 metrics x 4 splits x 14 segments = 1344 table rows,
// which with the demo's own evidence makes the Annex IV document about 40 pages.
int s_segments = 14;

struct BenchDatabase
{
    QTemporaryDir dir;
    QString path;
    qint64 versionId = 0;
};

BenchDatabase &benchDatabase()
{
    static std::unique_ptr<BenchDatabase> s_bench;
    if (s_bench) {
        return *s_bench;
    }
    s_bench = std::make_unique<BenchDatabase>();
    s_bench->path = s_bench->dir.filePath(QStringLiteral("bench.sqlite"));
    createDemoDatabase(s_bench->path, DemoOverwrite::Refuse);
    Database db = Database::open(s_bench->path);
    s_bench->versionId
        = Reports::findVersionId(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    const QStringList splits{QStringLiteral("train"), QStringLiteral("validation"),
                             QStringLiteral("test"), QStringLiteral("production")};
    WriteTransaction transaction(db);
    EvaluationRepository evaluations(db);
    for (int metric = 0; metric < 24; ++metric) {
        for (const QString &split : splits) {
            for (int segment = 0; segment < s_segments; ++segment) {
                Evaluation evaluation;
                evaluation.versionId = s_bench->versionId;
                evaluation.metric = QStringLiteral("benchmark_metric_%1").arg(metric);
                evaluation.value = 0.5 + 0.01 * metric + 0.001 * segment;
                evaluation.split = split;
                evaluation.segment = QStringLiteral("region=%1").arg(segment);
                evaluation.recordedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
                evaluation.source = QStringLiteral("benchmark");
                evaluations.add(transaction, evaluation);
            }
        }
    }
    transaction.commit();
    return *s_bench;
}

qsizetype pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return QString::fromLatin1(pdf).count(page);
}

const Reports::ReportContext &context()
{
    static const Reports::ReportContext s_context
        = Reports::ReportContext::fixed(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    return s_context;
}

void BM_AnnexIvPdf(benchmark::State &state)
{
    BenchDatabase &bench = benchDatabase();
    Database db = Database::open(bench.path);
    qsizetype pages = 0;
    for (auto _ : state) {
        const Reports::VersionEvidence evidence
            = Reports::loadVersionEvidence(db, bench.versionId, {});
        const Reports::AnnexIvDocument annex = Reports::buildAnnexIv(evidence, context());
        const QByteArray pdf = Reports::renderPdf(annex.document, {});
        pages = pageCount(pdf);
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_AnnexIvPdf)->Unit(benchmark::kMillisecond);

void BM_AnnexIvBuildOnly(benchmark::State &state)
{
    BenchDatabase &bench = benchDatabase();
    Database db = Database::open(bench.path);
    const Reports::VersionEvidence evidence = Reports::loadVersionEvidence(db, bench.versionId, {});
    for (auto _ : state) {
        const Reports::AnnexIvDocument annex = Reports::buildAnnexIv(evidence, context());
        benchmark::DoNotOptimize(annex.document.blocks.data());
    }
}
BENCHMARK(BM_AnnexIvBuildOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quorum_smoke") == 0) {
            s_segments = 1; // a small document: the smoke run only proves it still works
        }
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
