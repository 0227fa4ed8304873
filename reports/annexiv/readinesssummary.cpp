// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness summary at the front of the Annex IV document.
#include "annexivwriter_p.h"

#include <algorithm>

namespace Quorum::Reports::Internal {

namespace {

RowMark markOf(ReadinessStatus status)
{
    switch (status) {
    case ReadinessStatus::Evidence:
        return RowMark::Pass;
    case ReadinessStatus::Gap:
        return RowMark::Gap;
    case ReadinessStatus::Default:
        break;
    }
    return RowMark::Normal;
}

} // namespace

void writeReadinessSummary(Document &document, const std::vector<ReadinessItem> &readiness)
{
    document.heading(1, annexTr("Readiness summary"), QStringLiteral("annex-iv-readiness"));
    document.paragraph(annexTr("Each item of Annex IV with the state of its evidence in the "
                               "governance database: Evidence (filled from recorded data), "
                               "Default (a documented default the provider should confirm) or "
                               "Gap (the provider must add it)."));
    Table table;
    table.caption = annexTr("Readiness of the technical documentation");
    table.header = {annexTr("Item"), annexTr("Title"), annexTr("Status"), annexTr("Source")};
    for (const ReadinessItem &item : readiness) {
        table.rows.push_back({item.item, item.title, readinessLabel(item.status), item.source});
        table.marks.push_back(markOf(item.status));
    }
    document.add(std::move(table));
    const auto count = [&](ReadinessStatus status) {
        return qint64(std::ranges::count(readiness, status, &ReadinessItem::status));
    };
    document.paragraph(annexTr("%1 of %2 items evidenced, %3 gaps")
                           .arg(count(ReadinessStatus::Evidence))
                           .arg(qint64(readiness.size()))
                           .arg(count(ReadinessStatus::Gap)));
    QStringList gaps;
    for (const ReadinessItem &item : readiness) {
        if (item.status == ReadinessStatus::Gap) {
            gaps.append(item.item);
        }
    }
    if (!gaps.isEmpty()) {
        document.note(annexTr("Items to complete: %1.").arg(gaps.join(QStringLiteral(", "))));
    }
}

} // namespace Quorum::Reports::Internal
