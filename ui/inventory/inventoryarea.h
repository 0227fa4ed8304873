// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Quorum {
class Database;
class InventoryFilterModel;
class InventoryModel;
} // namespace Quorum

namespace Quorum::Ui {

/// The Inventory area: every model in a sortable table, with a search box, risk-tier and
/// stage filters and a count of the rows shown. Enter or a double-click opens a model.
class InventoryArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryArea)

public:
    explicit InventoryArea(QWidget *parent = nullptr);

    /// Reads the inventory of @p db again, keeping the filters, the sort order and the
    /// selected model. Throws DatabaseError.
    void load(Database &db);
    /// Empties the table (no database is open).
    void clear();
    /// Puts the keyboard focus on the table, e.g. when coming back from a model.
    void focusTable();

Q_SIGNALS:
    /// The user opened the model with @p modelId.
    void modelActivated(qint64 modelId);

private:
    QWidget *createFilterBar();
    void createTable();
    void updateCount();
    qint64 currentModelId() const;
    void selectModel(qint64 modelId);

    InventoryModel *m_model;
    InventoryFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Quorum::Ui
