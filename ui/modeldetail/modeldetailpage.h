// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/modelversion.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QToolButton;

namespace Quorum {
class Database;
struct ModelDetails;
} // namespace Quorum

namespace Quorum::Ui {

class ModelPageTabs;
class RetirementDialog;
class SigningIdentity;

/// One model: a header (name, machine name, tier, status), a Back button and the tabs of
/// SPEC §7 (ModelPageTabs): Overview, Versions, Model card, Evaluation, Fairness, Drift,
/// Approvals, Lineage, Audit. Every tab gets the database, the signing identity and each
/// model shown; a tab that writes makes the page read the model again. Ctrl+1…Ctrl+9 choose a
/// tab while the page has the focus (they take precedence over the sidebar's Ctrl+digits
/// there); the tab chosen last stays chosen for the next model.
class ModelDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailPage)

public:
    explicit ModelDetailPage(QWidget *parent = nullptr);

    /// Reads model @p modelId of @p db's file on a worker thread (own connection), then
    /// shows it (modelShown()), or reports modelMissing() or readFailed(). A newer request
    /// wins over an older one still on its way.
    void open(const Database &db, qint64 modelId);
    /// The same, for the model with machine name @p name.
    void openByName(const Database &db, const QString &name);
    /// Drops the answers of requests still on their way and empties every tab (the database
    /// was closed).
    void cancelRequests();
    /// Shows @p details (read with readModelDetails()).
    void showDetails(ModelDetails details);
    /// Reads the model with @p modelId from @p db on this thread and shows it; false when there
    /// is no such model. Throws DatabaseError.
    bool showModel(Database &db, qint64 modelId);
    /// The model shown, or 0.
    qint64 modelId() const { return m_modelId; }
    /// Names the page the Back button returns to, e.g. "Inventory".
    void setBackTarget(const QString &name);
    ModelPageTabs *tabs() const { return m_tabs; }

    /// Who acts: "Start retirement…" is open to the model's owner only.
    void setSigningIdentity(SigningIdentity *identity);
    /// Where the open database comes from, for the retirement (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Why "Start retirement…" is disabled, or empty when it is enabled.
    QString retirementBlockedBy() const;
    /// Opens the retirement dialog when the identity's person owns the model; else nullptr.
    RetirementDialog *startRetirement();

Q_SIGNALS:
    /// The user asked to go back (button, Alt+Left or Esc).
    void backRequested();
    /// A model requested with open() is shown.
    void modelShown();
    /// The model requested with open() is not in the database (any more).
    void modelMissing();
    /// A background read failed; @p message is user-facing.
    void readFailed(const QString &message, const QString &detail);
    /// The retirement request @p requestId was created from this page.
    void retirementStarted(qint64 requestId);
    /// The user asked to work on release request @p requestId (activated on the Overview),
    /// e.g. in the inbox.
    void requestActivated(qint64 requestId);

protected:
    bool event(QEvent *event) override;

private:
    QWidget *createHeader();
    void updateRetireButton();
    void reread();

    void request(const Database &db, std::function<std::optional<ModelDetails>(Database &)> read);

    qint64 m_modelId = 0;
    std::optional<Model> m_model;
    std::vector<ModelVersion> m_versionList;
    SigningIdentity *m_identity = nullptr;
    std::function<const Database *()> m_databaseSource;
    QPushButton *m_retire = nullptr;
    quint64 m_generation = 0; ///< of the newest request; older results are dropped
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_machineName = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_status = nullptr;
    ModelPageTabs *m_tabs;
};

} // namespace Quorum::Ui
