// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <random>

namespace Quorum::Demo {

/// Deterministic random numbers for the demo content. std::mt19937_64 is specified bit for bit
/// by the standard, its distributions are not, so the helpers here do their own arithmetic.
/// Each area of the demo draws from its own named stream, so adding numbers to one area does
/// not shift the numbers of another.
class DemoRandom
{
public:
    DemoRandom(quint64 seed, QStringView stream)
        : m_engine(seed ^ streamHash(stream))
    {}

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi].
    qint64 integer(qint64 lo, qint64 hi)
    {
        const auto span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<qint64>(m_engine() % span);
    }
    /// Approximately normal (Irwin–Hall: the sum of twelve uniforms), clipped to mean ± 3 sd so
    /// demo numbers stay plausible. Only additions: the same on every platform, unlike log/cos.
    double normal(double mean, double sd)
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i) {
            sum += uniform();
        }
        return mean + sd * std::clamp(sum - 6.0, -3.0, 3.0);
    }
    bool chance(double probability) { return uniform() < probability; }
    /// @p digits lower-case hexadecimal digits: fake hashes and commit ids, nothing secret.
    QString hex(int digits)
    {
        static constexpr char16_t kDigits[] = u"0123456789abcdef";
        QString text;
        text.reserve(digits);
        for (int i = 0; i < digits; ++i) {
            text.append(QChar(kDigits[m_engine() & 0xF]));
        }
        return text;
    }

private:
    // FNV-1a over the UTF-16 code units: stable across platforms and runs.
    static quint64 streamHash(QStringView stream)
    {
        quint64 hash = 0xcbf29ce484222325ULL;
        for (QChar c : stream) {
            hash ^= c.unicode();
            hash *= 0x100000001b3ULL;
        }
        return hash;
    }

    std::mt19937_64 m_engine;
};

/// @p value rounded to @p decimals (0–6) places, as pipelines report metrics.
inline double rounded(double value, int decimals)
{
    static constexpr double kScale[] = {1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    const double scale = kScale[std::clamp(decimals, 0, 6)];
    return std::round(value * scale) / scale;
}

} // namespace Quorum::Demo
