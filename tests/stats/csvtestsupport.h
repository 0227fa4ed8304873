// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/samplereader.h"
#include "stats/statserror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

namespace Quorum::Test {

/// A file holding exactly @p bytes in a temporary folder that lives as long as the object.
class CsvFile
{
public:
    explicit CsvFile(const QByteArray &bytes, const QString &name = QStringLiteral("samples.csv"));
    const QString &path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

/// readSamples() of @p bytes written to a temporary file.
SampleTable read(const QByteArray &bytes, const CsvOptions &options = {},
                 const QStringList &columns = {});

/// The error reading @p path throws; fails the test when it reads.
StatsError readError(const QString &path, const CsvOptions &options = {},
                     const QStringList &columns = {});

std::string message(const StatsError &error);

/// The column @p name of @p table; fails the test when it is missing.
const SampleColumn &column(const SampleTable &table, const char *name);

/// The text of each present value of a categorical column, in file order.
QStringList texts(const SampleColumn &column);

/// How many present values of a categorical column are @p category.
std::int64_t countOf(const SampleColumn &column, const char *category);

double sum(const std::vector<double> &values);

} // namespace Quorum::Test
