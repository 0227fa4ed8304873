// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/modeldetails.h"
#include "widgets/backgroundread.h"

#include <QWidget>

#include <functional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class SigningIdentity;

/// A tab of the model page (SPEC §7). The page hands every tab the model it shows; a tab that
/// needs more than ModelDetails reads it on a worker with readLatest(), and only once the user
/// looks at it (readWhenShown()): opening a model does not read nine tabs' worth of evidence.
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

    /// Calls read() now when the tab is visible, else when it is next shown.
    void readWhenShown()
    {
        m_readPending = true;
        if (isVisible()) {
            m_readPending = false;
            read();
        }
    }
    /// What the tab reads for readWhenShown(); by default nothing.
    virtual void read() {}
    /// Runs @p work on a worker with a connection of its own to database() and hands the result
    /// to @p show on this thread, unless a newer readLatest() or dropReads() came first; on a
    /// failure calls @p failed (when given) and emits readFailed(). False when no database is
    /// open (nothing is read).
    template<typename Result>
    bool readLatest(std::function<Result(Database &)> work, std::function<void(Result)> show,
                    std::function<void()> failed = {})
    {
        const Database *db = database();
        if (!db) {
            return false;
        }
        const quint64 generation = ++m_generation;
        readInBackground<Result>(
            this, *db, std::move(work),
            [this, generation, show = std::move(show)](Result result) {
                if (generation == m_generation) {
                    show(std::move(result));
                }
            },
            [this, generation, failed = std::move(failed)](const ReadFailure &failure) {
                if (generation == m_generation) {
                    if (failed) {
                        failed();
                    }
                    Q_EMIT readFailed(failure.message, failure.detail);
                }
            });
        return true;
    }
    /// Drops the results of reads still on their way, and a read waiting for the tab to show.
    void dropReads()
    {
        ++m_generation;
        m_readPending = false;
    }

    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (m_readPending) {
            m_readPending = false;
            read();
        }
    }

private:
    std::function<const Database *()> m_databaseSource;
    SigningIdentity *m_identity = nullptr;
    quint64 m_generation = 0;   ///< of the newest readLatest(); older results are dropped
    bool m_readPending = false; ///< readWhenShown() while hidden
};

} // namespace Quorum::Ui
