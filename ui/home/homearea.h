// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class SigningIdentity;

/// The home dashboard: my pending decisions, requests near expiry, the governance KPIs of the
/// lifecycle SOP, models due for periodic review, active alerts and retirements in progress.
class HomeArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeArea)

public:
    explicit HomeArea(QWidget *parent = nullptr);

    void setDatabaseSource(std::function<const Database *()> source);
    /// Whose pending decisions are shown ("my"); without a registered person, all pending.
    void setSigningIdentity(SigningIdentity *identity);
    /// Reads everything on workers; loaded() or readFailed() follows. Keeps the user's place.
    void reload();
    void clear();

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message, const QString &detail);
    /// Open the page of model @p modelId.
    void modelActivated(qint64 modelId);
    /// Open release request @p requestId in the inbox.
    void requestActivated(qint64 requestId);
};

} // namespace Quorum::Ui
