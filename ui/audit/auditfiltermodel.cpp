// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfiltermodel.h"

#include "itemmodels/auditeventmodel.h"

namespace Quorum::Ui {

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void AuditFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AuditFilterModel::setEntity(const QString &entity)
{
    m_entity = entity;
    invalidateRowsFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_entity.isEmpty() && index.data(AuditEventModel::EntityRole).toString() != m_entity) {
        return false;
    }
    return m_text.isEmpty()
        || index.data(AuditEventModel::SearchTextRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Quorum::Ui
