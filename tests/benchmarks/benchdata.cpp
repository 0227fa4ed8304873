// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include <QDir>
#include <QFile>

#include <charconv>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>

namespace Quorum::Bench {

namespace {

// The current sample is shifted by this many standard deviations: enough for a KS p-value well
// inside (0, 1) at a million values, so relative comparisons of p-values mean something.
constexpr double kCurrentShift = 0.003;
constexpr int kCategories = 20;

std::vector<double> normalSample(std::size_t size, double mean, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(mean, 1.0);
    std::vector<double> values(size);
    for (double &v : values) {
        v = normal(engine);
    }
    return values;
}

// Category k has weight 1/(k + 1 + tilt): a long tail, slightly reshaped in the current sample.
std::vector<std::int32_t> codeSample(std::size_t size, double tilt, std::uint64_t seed)
{
    std::vector<double> weights;
    for (int k = 0; k < kCategories; ++k) {
        weights.push_back(1.0 / (double(k) + 1.0 + tilt));
    }
    std::mt19937_64 engine(seed);
    std::discrete_distribution<std::int32_t> pick(weights.begin(), weights.end());
    std::vector<std::int32_t> codes(size);
    for (auto &code : codes) {
        code = pick(engine);
    }
    return codes;
}

void append(std::string &line, double value, int decimals)
{
    char text[64];
    const auto result = decimals < 0
        ? std::to_chars(text, text + sizeof text, value)
        : std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals);
    line.append(text, result.ptr);
}

// Four numeric columns as a model's input sample might have them: an integer, money with two
// decimals, a score with six and a feature written with every digit (shortest round trip).
void writeCsv(const QString &path, std::size_t rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write " + path.toStdString());
    }
    std::mt19937_64 engine(7);
    std::normal_distribution<double> normal;
    std::uniform_int_distribution<int> age(18, 90);
    std::string text = "age,income,score,feature\n";
    for (std::size_t row = 0; row < rows; ++row) {
        append(text, double(age(engine)), 0);
        text += ',';
        append(text, 40000.0 + 15000.0 * normal(engine), 2);
        text += ',';
        append(text, 0.5 + 0.2 * normal(engine), 6);
        text += ',';
        append(text, normal(engine), -1);
        text += '\n';
    }
    file.write(text.data(), qint64(text.size()));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return file.readAll();
}

template<typename T>
std::vector<T> rawValues(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    std::vector<T> values(std::size_t(bytes.size()) / sizeof(T));
    std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(T));
    return values;
}

} // namespace

QString sizeLabel(std::size_t size)
{
    if (size >= 1000000 && size % 1000000 == 0) {
        return QString::number(size / 1000000) + QStringLiteral("m");
    }
    if (size >= 1000 && size % 1000 == 0) {
        return QString::number(size / 1000) + QStringLiteral("k");
    }
    return QString::number(size);
}

BenchData generatedData(std::span<const std::size_t> sizes, std::size_t csvRows,
                        const QString &csvDirectory)
{
    BenchData data;
    for (const std::size_t size : sizes) {
        const QString label = sizeLabel(size);
        data.samples.push_back(
            {label, normalSample(size, 0.0, 1), normalSample(size, kCurrentShift, 2)});
        data.codes.push_back(
            {label, kCategories, codeSample(size, 0.0, 3), codeSample(size, 0.05, 4)});
    }
    data.csvPath = QDir(csvDirectory).filePath(QStringLiteral("sample.csv"));
    writeCsv(data.csvPath, csvRows);
    return data;
}

BenchData loadedData(const QString &directory)
{
    const QDir dir(directory);
    BenchData data;
    const QString prefix = QStringLiteral("samples_");
    const QString suffix = QStringLiteral("_reference.f64");
    for (const QString &name :
         dir.entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files)) {
        const QString label = name.mid(prefix.size(), name.size() - prefix.size() - suffix.size());
        const auto path = [&](const QString &pattern) { return dir.filePath(pattern.arg(label)); };
        data.samples.push_back({label,
                                rawValues<double>(path(QStringLiteral("samples_%1_reference.f64"))),
                                rawValues<double>(path(QStringLiteral("samples_%1_current.f64")))});
        const QString countPath = path(QStringLiteral("codes_%1.count"));
        if (QFile::exists(countPath)) {
            data.codes.push_back(
                {label, fileBytes(countPath).trimmed().toInt(),
                 rawValues<std::int32_t>(path(QStringLiteral("codes_%1_reference.i32"))),
                 rawValues<std::int32_t>(path(QStringLiteral("codes_%1_current.i32")))});
        }
    }
    data.csvPath = dir.filePath(QStringLiteral("sample.csv"));
    return data;
}

} // namespace Quorum::Bench
