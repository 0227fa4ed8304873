// SPDX-License-Identifier: GPL-3.0-or-later
#include "mctkeyorder.h"

#include <QHash>

#include <algorithm>

namespace Quorum {

namespace {

/// Every key the MCT schemas (0.0.1 and 0.0.2) declare, in the order a reader expects them.
/// One ranking serves every object: within any one object the declared keys keep this order.
const char *const kKeyOrder[] = {
    "schema_version",
    "model_details",
    "model_parameters",
    "quantitative_analysis",
    "considerations",
    "name",
    "overview",
    "documentation",
    "owners",
    "contact",
    "version",
    "date",
    "diff",
    "licenses",
    "license",
    "identifier",
    "custom_text",
    "references",
    "reference",
    "citations",
    "citation",
    "style",
    "path",
    "model_architecture",
    "data",
    "link",
    "description",
    "sensitive",
    "sensitive_data",
    "input_format",
    "input_format_map",
    "output_format",
    "output_format_map",
    "key",
    "type",
    "value",
    "slice",
    "threshold",
    "confidence_interval",
    "lower_bound",
    "upper_bound",
    "performance_metrics",
    "graphics",
    "collection",
    "image",
    "users",
    "use_cases",
    "limitations",
    "tradeoffs",
    "ethical_considerations",
    "mitigation_strategy",
};

const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> result;
        int rank = 0;
        for (const char *key : kKeyOrder) {
            result.insert(QString::fromLatin1(key), rank++);
        }
        return result;
    }();
    return table;
}

} // namespace

QStringList mctOrderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys(); // sorted, so unknown keys stay alphabetical
    const auto &table = ranks();
    const int unknown = static_cast<int>(table.size());
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return table.value(a, unknown) < table.value(b, unknown);
    });
    return keys;
}

} // namespace Quorum
