// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtestsupport.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <numeric>

namespace Quorum::Test {

CsvFile::CsvFile(const QByteArray &bytes, const QString &name)
    : m_path(m_dir.filePath(name))
{
    QFile file(m_path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

SampleTable read(const QByteArray &bytes, const CsvOptions &options, const QStringList &columns)
{
    const CsvFile file(bytes);
    return readSamples(file.path(), options, columns);
}

StatsError readError(const QString &path, const CsvOptions &options, const QStringList &columns)
{
    try {
        readSamples(path, options, columns);
    } catch (const StatsError &error) {
        return error;
    }
    FAIL("reading " << path.toStdString() << " was expected to fail");
    throw;
}

std::string message(const StatsError &error)
{
    return error.message().toStdString();
}

const SampleColumn &column(const SampleTable &table, const char *name)
{
    const SampleColumn *found = table.column(QString::fromUtf8(name));
    REQUIRE(found != nullptr);
    return *found;
}

QStringList texts(const SampleColumn &column)
{
    QStringList values;
    for (const std::int32_t code : column.codes) {
        values.append(column.categories.at(code));
    }
    return values;
}

std::int64_t countOf(const SampleColumn &column, const char *category)
{
    const auto code = std::int32_t(column.categories.indexOf(QString::fromUtf8(category)));
    return std::count(column.codes.begin(), column.codes.end(), code);
}

double sum(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

} // namespace Quorum::Test
