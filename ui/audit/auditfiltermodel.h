// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Quorum::Ui {

/// Narrows the audit events loaded so far by entity (the table changed) and by a text matched
/// against seq, actor, action, entity and entity id. It keeps the trail's order (newest first).
class AuditFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Only events of @p entity; empty for all.
    void setEntity(const QString &entity);
    bool isFiltering() const { return !m_text.isEmpty() || !m_entity.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_entity;
};

} // namespace Quorum::Ui
