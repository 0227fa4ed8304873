// SPDX-License-Identifier: GPL-3.0-or-later
// parseMlflowMetricHistory(): the lines MLflow's FileStore appends to metrics/<key>.
#include "importers/source/importerror.h"
#include "mlflowreader.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <tuple>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

/// What a line looked like, for messages: at most 60 characters, quoted.
QString quoted(const QByteArray &text)
{
    QString shown = QString::fromUtf8(text);
    if (shown.size() > 60) {
        shown = shown.left(57) + QStringLiteral("...");
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

[[noreturn]] void refuseLine(const QString &file, int line, const QString &found)
{
    throw ImportError(ImportErrorKind::Malformed, file, tr("line %1").arg(line),
                      tr("expected \"timestamp value [step]\" or \"timestamp value step run_id\" "
                         "separated by single spaces, with a whole-number timestamp and step, "
                         "found %1")
                          .arg(found));
}

/// A whole number as Python's int() reads the ones MLflow writes: an optional sign, digits.
std::optional<qint64> wholeNumber(const QByteArray &field)
{
    static const QRegularExpression kWhole(QStringLiteral("^[+-]?[0-9]+$"));
    if (!kWhole.match(QString::fromLatin1(field)).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = field.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

/// A value as Python's float() reads what str(float) writes: "0.98", "1e-05", "nan", "inf".
std::optional<double> floatNumber(const QByteArray &field)
{
    static const QRegularExpression kFloat(
        QStringLiteral("^[+-]?(([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|inf|infinity|nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!kFloat.match(QString::fromLatin1(field)).hasMatch()) {
        return std::nullopt;
    }
    const QByteArray lower = field.toLower();
    const bool negative = lower.startsWith('-');
    if (lower.contains("nan")) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (lower.contains("inf")) {
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    }
    bool ok = false;
    const double value = field.toDouble(&ok);
    if (!ok && std::isinf(value)) { // "1e999": Python's float() gives inf as well
        return value;
    }
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// MLflow's order for the latest line, with NaN below every number.
bool earlier(const MlflowMetric &a, const MlflowMetric &b)
{
    const auto key = [](const MlflowMetric &m) {
        const double value
            = std::isnan(m.value) ? -std::numeric_limits<double>::infinity() : m.value;
        return std::make_tuple(m.step, m.timestamp.toMSecsSinceEpoch(), !std::isnan(m.value),
                               value);
    };
    return key(a) < key(b);
}

} // namespace

MlflowMetric parseMlflowMetricHistory(const QByteArray &bytes, const QString &key,
                                      const QString &file)
{
    MlflowMetric latest;
    latest.key = key;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // MLflow strips each line before splitting it on single spaces.
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const int number = static_cast<int>(i + 1);
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2 || fields.size() > 4) {
            refuseLine(file, number,
                       QCoreApplication::translate("Quorum::MlflowReader", "%n field(s) in %1",
                                                   nullptr, static_cast<int>(fields.size()))
                           .arg(quoted(line)));
        }
        const auto timestamp = wholeNumber(fields.at(0));
        if (!timestamp) {
            refuseLine(file, number, tr("timestamp %1").arg(quoted(fields.at(0))));
        }
        const auto value = floatNumber(fields.at(1));
        if (!value) {
            refuseLine(file, number, tr("value %1").arg(quoted(fields.at(1))));
        }
        const auto step = fields.size() >= 3 ? wholeNumber(fields.at(2)) : std::optional<qint64>(0);
        if (!step) {
            refuseLine(file, number, tr("step %1").arg(quoted(fields.at(2))));
        }
        if (fields.size() == 4 && fields.at(3).isEmpty()) {
            refuseLine(file, number, tr("an empty run id in %1").arg(quoted(line)));
        }
        MlflowMetric metric;
        metric.value = *value;
        metric.step = *step;
        metric.timestamp = QDateTime::fromMSecsSinceEpoch(*timestamp, QTimeZone::utc());
        if (latest.lines == 0 || earlier(latest, metric)) {
            metric.key = key;
            metric.lines = latest.lines;
            latest = metric;
        }
        ++latest.lines;
    }
    if (latest.lines == 0) {
        throw ImportError(ImportErrorKind::Malformed, file, {},
                          tr("no values, expected lines \"timestamp value [step]\""));
    }
    return latest;
}

} // namespace Quorum
