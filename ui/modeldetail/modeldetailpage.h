// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

class ModelOverviewTab;
class VersionsTab;

/// One model: a header (name, machine name, tier, status), a Back button and the tabs of
/// SPEC §7. Overview and Versions are built; the other tabs say honestly that they arrive
/// later.
class ModelDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailPage)

public:
    explicit ModelDetailPage(QWidget *parent = nullptr);

    /// Shows the model with @p modelId from @p db; false when there is no such model.
    /// Throws DatabaseError.
    bool showModel(Database &db, qint64 modelId);
    /// The model shown, or 0.
    qint64 modelId() const { return m_modelId; }
    /// Names the page the Back button returns to, e.g. "Inventory".
    void setBackTarget(const QString &name);

Q_SIGNALS:
    /// The user asked to go back (button, Alt+Left or Esc).
    void backRequested();

private:
    QWidget *createHeader();
    void addPlaceholderTabs();

    qint64 m_modelId = 0;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_machineName = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs;
    ModelOverviewTab *m_overview;
    VersionsTab *m_versions;
};

} // namespace Quorum::Ui
