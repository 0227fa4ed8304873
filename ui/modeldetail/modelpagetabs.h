// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <array>
#include <functional>

class QKeyEvent;

namespace Quorum {
class Database;
struct ModelDetails;
} // namespace Quorum

namespace Quorum::Ui {

class ChartArea;
class ModelOverviewTab;
class ModelTab;
class SigningIdentity;
class VersionsTab;

/// The tabs of the model page, in SPEC §7 order.
enum class ModelPageTab {
    Overview,
    Versions,
    ModelCard,
    Evaluation,
    Fairness,
    Drift,
    Approvals,
    Lineage,
    Audit,
};

inline constexpr int kModelPageTabCount = 9;

/// The tabs of the model page (SPEC §7): each a ModelTab that the page hands the database,
/// the signing identity and every model it shows. Ctrl+1…Ctrl+9 choose a tab
/// (switchByKey()); the tab chosen last stays chosen when another model is shown.
class ModelPageTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPageTabs)

public:
    explicit ModelPageTabs(QWidget *parent = nullptr);

    ModelTab *tab(ModelPageTab which) const;
    ModelOverviewTab *overview() const;
    VersionsTab *versions() const;
    void showTab(ModelPageTab which);
    ModelPageTab currentTab() const;

    void setDatabaseSource(const std::function<const Database *()> &source);
    void setSigningIdentity(SigningIdentity *identity);
    /// Every tab shows @p details.
    void showModel(const ModelDetails &details);
    /// Every tab shows nothing.
    void clearAll();
    /// Chooses the tab of Ctrl+1…Ctrl+9 in @p event; false for any other key.
    bool switchByKey(const QKeyEvent *event);

Q_SIGNALS:
    void readFailed(const QString &message, const QString &detail);
    /// A tab wrote to the database; the model is read again.
    void changed();

private:
    void addModelTab(ModelPageTab which, ModelTab *tab, const QString &name);

    std::array<ModelTab *, kModelPageTabCount> m_tabs{};
};

} // namespace Quorum::Ui
