// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricnames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace Quorum {

namespace {

/// Split words as prefixes ("test_accuracy") and suffixes ("accuracy_test").
const std::pair<const char *, const char *> kSplitWords[] = {
    {"training", "train"},   {"train", "train"},    {"validation", "validation"},
    {"valid", "validation"}, {"val", "validation"}, {"eval", "validation"},
    {"dev", "validation"},   {"test", "test"},      {"holdout", "test"},
};

const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> kSynonyms{
        {QStringLiteral("accuracy_score"), QStringLiteral("accuracy")},
        {QStringLiteral("acc"), QStringLiteral("accuracy")},
        {QStringLiteral("f1_score"), QStringLiteral("f1")},
        {QStringLiteral("f1score"), QStringLiteral("f1")},
        {QStringLiteral("auc"), QStringLiteral("roc_auc")},
        {QStringLiteral("roc_auc_score"), QStringLiteral("roc_auc")},
        {QStringLiteral("rocauc"), QStringLiteral("roc_auc")},
        {QStringLiteral("auroc"), QStringLiteral("roc_auc")},
        {QStringLiteral("precision_score"), QStringLiteral("precision")},
        {QStringLiteral("recall_score"), QStringLiteral("recall")},
        {QStringLiteral("average_precision"), QStringLiteral("pr_auc")},
        {QStringLiteral("average_precision_score"), QStringLiteral("pr_auc")},
        {QStringLiteral("auprc"), QStringLiteral("pr_auc")},
        {QStringLiteral("brier_score_loss"), QStringLiteral("brier")},
        {QStringLiteral("brier_score"), QStringLiteral("brier")},
        {QStringLiteral("logloss"), QStringLiteral("log_loss")},
        {QStringLiteral("log_loss_score"), QStringLiteral("log_loss")},
        {QStringLiteral("exact"), QStringLiteral("exact_match")},
    };
    return kSynonyms;
}

QString canonical(const QString &name)
{
    const auto found = synonyms().constFind(name);
    return found == synonyms().constEnd() ? name : *found;
}

} // namespace

MetricName normalizeMetricName(const QString &raw)
{
    static const QRegularExpression kSeparators(QStringLiteral("[\\s\\-/.:]+"));
    static const QRegularExpression kRepeated(QStringLiteral("_+"));
    QString name = raw.trimmed().toLower();
    name.replace(kSeparators, QStringLiteral("_"));
    name.replace(kRepeated, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('_'))) {
        name.remove(0, 1);
    }
    while (name.endsWith(QLatin1Char('_'))) {
        name.chop(1);
    }

    MetricName result;
    for (const auto &[word, split] : kSplitWords) {
        const QString prefix = QLatin1String(word) + QLatin1Char('_');
        const QString suffix = QLatin1Char('_') + QLatin1String(word);
        if (name.startsWith(prefix) && name.size() > prefix.size()) {
            result.split = QLatin1String(split);
            name = name.mid(prefix.size());
            break;
        }
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            result.split = QLatin1String(split);
            name.chop(suffix.size());
            break;
        }
    }
    result.metric = canonical(name);
    return result;
}

bool isUnitIntervalMetric(const QString &metric)
{
    static const QStringList kBases{
        QStringLiteral("accuracy"),
        QStringLiteral("precision"),
        QStringLiteral("recall"),
        QStringLiteral("f1"),
        QStringLiteral("roc_auc"),
        QStringLiteral("pr_auc"),
        QStringLiteral("exact_match"),
        QStringLiteral("specificity"),
        QStringLiteral("balanced_accuracy"),
    };
    static const QStringList kAverages{QString(),
                                       QStringLiteral("_macro"),
                                       QStringLiteral("_micro"),
                                       QStringLiteral("_weighted"),
                                       QStringLiteral("_samples"),
                                       QStringLiteral("_binary")};
    for (const QString &base : kBases) {
        for (const QString &average : kAverages) {
            if (metric == base + average) {
                return true;
            }
        }
    }
    return false;
}

} // namespace Quorum
