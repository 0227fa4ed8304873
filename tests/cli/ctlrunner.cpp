// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

namespace Quorum::Test {

namespace {

constexpr int kTimeoutMs = 120'000;

} // namespace

QJsonDocument CtlResult::json() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(outBytes, &error);
    INFO("stdout: " << out.toStdString());
    INFO("JSON error: " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

CtlResult runCtl(const QStringList &arguments, const QProcessEnvironment &environment, RunAs user)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QUORUM_DB"));
    for (const QString &key : environment.keys()) {
        env.insert(key, environment.value(key));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    if (user == RunAs::Nobody) {
        process.setProgram(QStringLiteral("setpriv"));
        process.setArguments(
            QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups"), QStringLiteral(QUORUM_CTL)}
            + arguments);
    } else {
        process.setProgram(QStringLiteral(QUORUM_CTL));
        process.setArguments(arguments);
    }
    process.start();
    INFO("quorumctl " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForFinished(kTimeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CtlResult result;
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

void execRaw(const QString &path, const QStringList &statements)
{
    const QString name
        = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString &statement : statements) {
            const bool ok = query.exec(statement);
            INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(ok);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant rawScalar(const QString &path, const QString &sql)
{
    const QString name
        = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ok);
        if (query.next()) {
            value = query.value(0);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace Quorum::Test
