// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelsummary.h"

#include <QWidget>

#include <vector>

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

    /// Shows @p summaries (from ModelRepository::summaries()), keeping the filters, the sort
    /// order and the selected model.
    void setSummaries(std::vector<ModelSummary> summaries);
    /// Reads the inventory of @p db on this thread and shows it. Throws DatabaseError.
    void load(Database &db);
    /// Reads the inventory of @p db's file on a worker thread (own connection) and shows it
    /// when it arrives (loaded()), or reports readFailed(). A newer reload or clear() wins over
    /// an older read still on its way.
    void reload(const Database &db);
    /// Empties the table (no database is open).
    void clear();
    /// Puts the keyboard focus on the table, e.g. when coming back from a model.
    void focusTable();

Q_SIGNALS:
    /// The user opened the model with @p modelId.
    void modelActivated(qint64 modelId);
    /// New rows are shown.
    void loaded();
    /// A background read failed; @p message is user-facing.
    void readFailed(const QString &message, const QString &detail);

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
    quint64 m_generation = 0; ///< of the newest read; older results are dropped
};

} // namespace Quorum::Ui
