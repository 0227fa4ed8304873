// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlystattest.h"

#include "evidentlyreport.h"

#include <utility>

namespace Quorum {

namespace Internal {

namespace {

// From evidentlyai/evidently src/evidently/legacy/calculations/stattests/*.py: each StatTest's
// name, display_name, what its function returns and its default_threshold (0.05 when unset).
// TVD and empirical_mmd are permutation tests there: their drift score is a p-value.
constexpr StattestInfo kStattests[] = {
    {"ks", "K-S p_value", "ks", true, 0.05},
    {"chisquare", "chi-square p_value", "chi2", true, 0.05},
    {"z", "Z-test p_value", "z", true, 0.05},
    {"jensenshannon", "Jensen-Shannon distance", "js", false, 0.1},
    {"kl_div", "Kullback-Leibler divergence", "kl", false, 0.1},
    {"psi", "PSI", "psi", false, 0.1},
    {"wasserstein", "Wasserstein distance (normed)", "wasserstein", false, 0.1},
    {"hellinger", "Hellinger distance", "hellinger", false, 0.1},
    {"ed", "Energy-distance", "energy", false, 0.1},
    {"TVD", "Total-Variation-Distance", "tvd", true, 0.1},
    {"anderson", "Anderson-Darling", "anderson", true, 0.1},
    {"cramer_von_mises", "Cramer-von Mises", "cramer_von_mises", true, 0.1},
    {"fisher_exact", "Fisher's Exact test", "fisher_exact", true, 0.1},
    {"g_test", "g_test", "g_test", true, 0.1},
    {"mannw", "Mann-Whitney U-rank test", "mann_whitney", true, 0.05},
    {"es", "Epps-Singleton", "epps_singleton", true, 0.05},
    {"t_test", "t_test", "t_test", true, 0.05},
    {"empirical_mmd", "empirical_mmd", "mmd", true, 0.1},
};

// Names older releases wrote for the same tests.
constexpr std::pair<const char *, const char *> kAliases[] = {
    {"hellinger distance (normed)", "hellinger"},
    {"chi-square", "chisquare"},
    {"k-s", "ks"},
};

const StattestInfo *lookup(const QString &key)
{
    for (const StattestInfo &test : kStattests) {
        if (key.compare(QLatin1String(test.id), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String(test.displayName), Qt::CaseInsensitive) == 0) {
            return &test;
        }
    }
    for (const auto &[alias, id] : kAliases) {
        if (key.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0) {
            return lookup(QLatin1String(id));
        }
    }
    return nullptr;
}

} // namespace

const StattestInfo *findStattest(const QString &nameOrId)
{
    const QString key = nameOrId.simplified();
    if (const StattestInfo *test = lookup(key)) {
        return test;
    }
    static const QLatin1String kSuffix("p_value");
    if (key.endsWith(kSuffix, Qt::CaseInsensitive)) {
        return lookup(key.chopped(kSuffix.size()).trimmed());
    }
    return nullptr;
}

} // namespace Internal

EvidentlyStattest evidentlyStattest(const QString &nameOrId)
{
    EvidentlyStattest result;
    if (const Internal::StattestInfo *test = Internal::findStattest(nameOrId)) {
        result.statistic = QLatin1String(test->statistic);
        result.pValueTest = test->pValueTest;
    } else {
        result.pValueTest
            = nameOrId.trimmed().endsWith(QLatin1String("p_value"), Qt::CaseInsensitive);
    }
    return result;
}

} // namespace Quorum
