// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/modeldetails.h"

#include <QWidget>

#include <functional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class SigningIdentity;

/// A tab of the model page (SPEC §7). The page hands every tab the model it shows; a tab that
/// needs more than ModelDetails reads it on a worker (readInBackground) from database().
class ModelTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTab)

public:
    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source)
    {
        m_databaseSource = std::move(source);
    }
    /// Who acts (for tabs that write, e.g. the model-card editor); may be nullptr.
    virtual void setSigningIdentity(SigningIdentity *identity) { m_identity = identity; }

    /// Shows @p details; called again after every refresh, so a tab keeps the user's place
    /// (selection, scroll position, chosen version) when the model stays the same.
    virtual void showModel(const ModelDetails &details) = 0;
    /// Shows nothing (the database was closed).
    virtual void clear() = 0;

Q_SIGNALS:
    /// A background read failed; @p message is user-facing.
    void readFailed(const QString &message, const QString &detail);
    /// The tab wrote to the database (e.g. a model-card revision); the page reads the model
    /// again.
    void changed();

protected:
    explicit ModelTab(QWidget *parent = nullptr)
        : QWidget(parent)
    {}
    const Database *database() const { return m_databaseSource ? m_databaseSource() : nullptr; }
    SigningIdentity *signingIdentity() const { return m_identity; }

private:
    std::function<const Database *()> m_databaseSource;
    SigningIdentity *m_identity = nullptr;
};

} // namespace Quorum::Ui
