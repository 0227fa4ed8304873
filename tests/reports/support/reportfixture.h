// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportcontext.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch_tostring.hpp>

template<>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};

namespace Quorum::Test {

/// Path of the demo database shared by the report tests of one process: built once (with its
/// people's keys in demo-keys/ beside it, so decisions are signed) and only read by tests.
QString sharedDemoPath();
/// sharedDemoPath() opened afresh.
Database openReportDemo();
/// A fresh copy of the demo database (and its keys) in @p folder, for tests that change it;
/// returns the copy's path.
QString copyOfDemo(const QString &folder);

/// The pinned context of golden tests: 2026-11-20 09:30:00 UTC, C locale, Europe/Berlin.
Reports::ReportContext pinnedContext();

/// @p text with what differs from run to run replaced: 64-digit hex strings (certificate
/// fingerprints, which change when demo keys are generated afresh) become "<sha256>".
QString normalizeVolatile(QString text);

/// Compares @p actual with the golden file tests/reports/golden/@p name. With
/// QUORUM_UPDATE_GOLDEN=1 in the environment it writes the file instead (and the check
/// passes); otherwise a difference fails the test and shows the first differing line.
void checkGolden(const QString &name, const QString &actual);

/// Runs @p program with @p arguments, feeding @p input on stdin; returns stdout. Fails the
/// test when it does not start, or exits non-zero unless @p allowFailure; @p exitCode and
/// @p stdErr receive the exit code and stderr when given.
QByteArray runTool(const QString &program, const QStringList &arguments,
                   const QByteArray &input = {}, bool allowFailure = false, int *exitCode = nullptr,
                   QByteArray *stdErr = nullptr);

/// The text of PDF @p pdf as `pdftotext -layout` prints it (poppler-utils).
QString pdfText(const QByteArray &pdf);
/// `pdfinfo` output of @p pdf; with @p meta the XMP metadata (`pdfinfo -meta`).
QString pdfInfo(const QByteArray &pdf, bool meta = false);

} // namespace Quorum::Test
