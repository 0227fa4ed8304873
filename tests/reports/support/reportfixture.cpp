// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include "demo/demodatabase.h"
#include "storage/sqlitefeatures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace Quorum::Test {

namespace {

void copyFolder(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        REQUIRE(QFile::copy(entry.filePath(), QDir(to).filePath(entry.fileName())));
    }
}

QByteArray withTempFile(const QByteArray &bytes, const QString &program, QStringList arguments)
{
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("quorum-report-XXXXXX.pdf")));
    REQUIRE(file.open());
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    for (QString &argument : arguments) {
        if (argument == QStringLiteral("{}")) {
            argument = file.fileName();
        }
    }
    return runTool(program, arguments);
}

} // namespace

QString sharedDemoPath()
{
    static std::unique_ptr<QTemporaryDir> s_dir;
    static QString s_path;
    if (!s_dir) {
        s_dir = std::make_unique<QTemporaryDir>();
        REQUIRE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("demo.sqlite"));
        createDemoDatabase(s_path, DemoOverwrite::Refuse);
    }
    return s_path;
}

Database openReportDemo()
{
    return Database::open(sharedDemoPath());
}

QString copyOfDemo(const QString &folder)
{
    const QString source = sharedDemoPath();
    const QString target = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    {
        // A consistent copy even if the WAL holds pages: let SQLite write it.
        Database db = Database::open(source);
        Sqlite::backupTo(db, target);
    }
    copyFolder(demoKeyFolder(source), demoKeyFolder(target));
    return target;
}

Reports::ReportContext pinnedContext()
{
    return Reports::ReportContext::fixed(
        QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()),
        QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

QString normalizeVolatile(QString text)
{
    static const QRegularExpression hex64(QStringLiteral("\\b[0-9a-f]{64}\\b"));
    text.replace(hex64, QStringLiteral("<sha256>"));
    return text;
}

void checkGolden(const QString &name, const QString &actual)
{
    const QString path = QStringLiteral(QUORUM_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariable("QUORUM_UPDATE_GOLDEN") == QStringLiteral("1")) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString()
                        << " (regenerate with QUORUM_UPDATE_GOLDEN=1 after checking the change)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(expected.size(), got.size()); ++i) {
        INFO("line " << (i + 1));
        REQUIRE(got.at(i) == expected.at(i));
    }
    REQUIRE(got.size() == expected.size());
}

QByteArray runTool(const QString &program, const QStringList &arguments, const QByteArray &input,
                   bool allowFailure, int *exitCode, QByteArray *stdErr)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    const QByteArray err = process.readAllStandardError();
    if (exitCode) {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    if (stdErr) {
        *stdErr = err;
    }
    if (!allowFailure) {
        INFO("stderr: " << err.toStdString());
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        REQUIRE(process.exitCode() == 0);
    }
    return process.readAllStandardOutput();
}

QString pdfText(const QByteArray &pdf)
{
    return QString::fromUtf8(
        withTempFile(pdf, QStringLiteral("pdftotext"),
                     {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                      QStringLiteral("{}"), QStringLiteral("-")}));
}

QString pdfInfo(const QByteArray &pdf, bool meta)
{
    QStringList arguments;
    if (meta) {
        arguments << QStringLiteral("-meta");
    }
    arguments << QStringLiteral("{}");
    return QString::fromUtf8(withTempFile(pdf, QStringLiteral("pdfinfo"), arguments));
}

} // namespace Quorum::Test
