// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancecli.h"

#include "domain/driftobservation.h"
#include "domain/evaluation.h"
#include "domain/riskassessment.h"
#include "storage/certificaterepository.h"
#include "storage/database.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "testkeys.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

namespace {

constexpr int kTimeoutMs = 120'000;

QProcessEnvironment ctlEnvironment(const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QUORUM_DB"));
    // The release SOP's automated mode must come from the test, not from the machine.
    for (const char *name : {"DEPLOY_APPROVAL", "APPROVER", "APPROVAL_RATIONALE"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("QUORUM_PASSPHRASE"), testKeyPassphrase());
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    return env;
}

} // namespace

GovernanceCli::GovernanceCli()
    : m_path(m_dir.filePath(QStringLiteral("governance.sqlite")))
{
    REQUIRE(m_dir.isValid());
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), m_path}).exitCode == 0);
    addPerson(QStringLiteral("owner"), {QStringLiteral("owner"), QStringLiteral("reviewer")});
    addPerson(QStringLiteral("submitter"),
              {QStringLiteral("ml-engineer"), QStringLiteral("reviewer")});
    for (int i = 1; i <= 4; ++i) {
        addPerson(QStringLiteral("reviewer%1").arg(i), {QStringLiteral("reviewer")});
    }
    addPerson(QStringLiteral("engineer"), {QStringLiteral("ml-engineer")});
    addPerson(QStringLiteral("compliance"), {QStringLiteral("compliance")});
    addPerson(QStringLiteral("legal"), {QStringLiteral("legal")});
    addPerson(QStringLiteral("qa"), {QStringLiteral("qa")});
    addPerson(QStringLiteral("mllead"), {QStringLiteral("ml-lead")});
}

void GovernanceCli::addPerson(const QString &handle, const QStringList &roles)
{
    const TestKey key = testKey(handle);
    Person person;
    person.name = key.name;
    person.email = key.email;
    for (const QString &role : roles) {
        person.roles.push_back(*roleFromKey(role));
    }
    Database db = Database::open(m_path);
    WriteTransaction transaction(db);
    person.id = PersonRepository(db).add(transaction, person);
    CertificateRepository(db).add(transaction, person.id, key.certificate);
    transaction.commit();
}

QString GovernanceCli::email(const QString &handle) const
{
    return handle + QStringLiteral("@example.org");
}

QString GovernanceCli::keyFile(const QString &handle) const
{
    return testKey(handle).p12Path;
}

CtlResult GovernanceCli::run(const QStringList &arguments,
                             const QProcessEnvironment &environment) const
{
    return runCtl(QStringList{QStringLiteral("--db"), m_path} + arguments,
                  ctlEnvironment(environment));
}

void GovernanceCli::registerVersion(const QString &model, const QString &version, int tier,
                                    std::optional<CliEvidence> evidence)
{
    const CtlResult result
        = run({QStringLiteral("register"), QStringLiteral("--model"), model,
               QStringLiteral("--version"), version, QStringLiteral("--sha256"),
               QString(64, QLatin1Char('c')), QStringLiteral("--tier"), QString::number(tier),
               QStringLiteral("--owner"), email(QStringLiteral("owner")), QStringLiteral("--as"),
               email(QStringLiteral("submitter"))});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    if (evidence) {
        addEvidence(model, version, *evidence);
    }
}

void GovernanceCli::addEvidence(const QString &model, const QString &version,
                                const CliEvidence &evidence)
{
    Database db = Database::open(m_path);
    const auto modelRow = ModelRepository(db).byName(model);
    REQUIRE(modelRow);
    const auto versionRow
        = VersionRepository(db).find(modelRow->id, *SemanticVersion::parse(version));
    REQUIRE(versionRow);
    const QDateTime now = db.now();
    WriteTransaction transaction(db);
    Evaluation accuracy;
    accuracy.versionId = versionRow->id;
    accuracy.metric = QStringLiteral("accuracy");
    accuracy.value = evidence.accuracy;
    accuracy.recordedAt = now.addDays(-2);
    EvaluationRepository(db).add(transaction, accuracy);
    RiskAssessment risk;
    risk.versionId = versionRow->id;
    risk.riskScore = evidence.riskScore;
    risk.level = evidence.riskScore > 0.4 ? RiskLevel::High : RiskLevel::Low;
    risk.assessedAt = now.addDays(-2);
    RiskAssessmentRepository(db).add(transaction, risk);
    DriftObservation drift;
    drift.versionId = versionRow->id;
    drift.feature = QStringLiteral("income");
    drift.windowStart = now.date().addDays(-8);
    drift.windowEnd = now.date().addDays(-1);
    drift.statistic = QStringLiteral("psi");
    drift.value = evidence.psi;
    drift.recordedAt = now.addDays(-1);
    DriftRepository(db).add(transaction, drift);
    transaction.commit();
}

qint64 GovernanceCli::submit(const QString &model, const QString &version)
{
    const CtlResult result = run({QStringLiteral("submit"), QStringLiteral("--model"), model,
                                  QStringLiteral("--version"), version, QStringLiteral("--to"),
                                  QStringLiteral("production"), QStringLiteral("--as"),
                                  email(QStringLiteral("submitter")), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const qint64 id = result.json().object().value(QStringLiteral("request_id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

QStringList GovernanceCli::approve()
{
    return {QStringLiteral("--verdict"), QStringLiteral("approve"), QStringLiteral("--rationale"),
            QStringLiteral("Meets KPIs; risk acceptable")};
}

CtlResult GovernanceCli::decide(const QString &handle, qint64 requestId,
                                const QStringList &arguments) const
{
    return run(QStringList{QStringLiteral("decide"), QString::number(requestId),
                           QStringLiteral("--key"), keyFile(handle)}
               + arguments);
}

std::unique_ptr<QProcess> GovernanceCli::startSubmitAndWait(const QString &model,
                                                            const QString &version,
                                                            const QStringList &extra) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(ctlEnvironment({}));
    process->setProgram(QStringLiteral(QUORUM_CTL));
    process->setArguments(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("submit"),
                                      QStringLiteral("--model"), model, QStringLiteral("--version"),
                                      version, QStringLiteral("--to"), QStringLiteral("production"),
                                      QStringLiteral("--as"), email(QStringLiteral("submitter")),
                                      QStringLiteral("--wait")}
                          + extra);
    process->start();
    REQUIRE(process->waitForStarted(kTimeoutMs));
    return process;
}

qint64 GovernanceCli::requestIdPrinted(QProcess &process)
{
    static const QRegularExpression kRequest(QStringLiteral("request #(\\d+)"));
    QByteArray seen;
    while (!seen.contains('\n')) {
        if (process.bytesAvailable() == 0) {
            REQUIRE(process.waitForReadyRead(kTimeoutMs));
        }
        seen += process.read(process.bytesAvailable());
    }
    // Put the text back for finish(): it belongs to the run's stdout.
    process.setProperty("seenOutput", seen);
    const auto match = kRequest.match(QString::fromUtf8(seen));
    INFO(seen.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).toLongLong();
}

CtlResult GovernanceCli::finish(QProcess &process)
{
    REQUIRE(process.waitForFinished(kTimeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CtlResult result;
    result.exitCode = process.exitCode();
    result.outBytes
        = process.property("seenOutput").toByteArray() + process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

qint64 GovernanceCli::decisionCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM decisions")).toLongLong();
}

} // namespace Quorum::Test
