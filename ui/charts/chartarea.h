// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/versionchooser.h"
#include "widgets/backgroundread.h"

#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace Quorum::Ui {

/// What the Drift and Fairness areas share: a title, a model and version chooser over the
/// versions that have something to chart, a busy indicator, and reads on worker threads where
/// the newest read wins. A subclass adds its own widgets and shows the chosen version.
class ChartArea : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartArea)

public:
    /// Texts of a subclass: what it reads, and what it says when no version has anything.
    struct Texts
    {
        QString title;
        QString readingVersions;
        QString noVersions;
        QString readFailed;
    };

    /// Where the open database comes from (nullptr when none is open).
    void setDatabaseSource(std::function<const Database *()> source);
    /// Reads the versions with something to chart on a worker thread, then the chosen version's
    /// content (loadVersion()); loaded() or readFailed() follows. A newer reload or clear()
    /// wins over an older read still on its way.
    void reload();
    /// Shows nothing (no database is open).
    void clear();
    /// Offers only model @p modelId's versions (nullopt: every model's), without the model
    /// choice and the title: for a tab of that model's page. Takes effect with the next
    /// reload().
    void setModelFilter(std::optional<qint64> modelId);
    std::optional<qint64> modelFilter() const { return m_modelFilter; }
    /// Chooses the version with @p versionId; false when it is not offered.
    bool selectVersion(qint64 versionId);
    bool isBusy() const;
    VersionChooser *chooser() const { return m_chooser; }

Q_SIGNALS:
    /// The chosen version is shown, or that there is nothing to show.
    void loaded();
    void readFailed(const QString &message, const QString &detail);

protected:
    ChartArea(Texts texts, FirstChoice firstChoice, ChartedEvidence evidence,
              QWidget *parent = nullptr);

    /// Adds @p widget to the header, after the version chooser.
    void addHeaderWidget(QWidget *widget);
    /// Puts @p body under the header.
    void setBody(QWidget *body);
    /// Reads the content of version @p versionId (read, on a worker) and shows it (show).
    virtual void loadVersion(qint64 versionId) = 0;
    /// Shows no content, and @p message where the content would be.
    virtual void showEmpty(const QString &message) = 0;

    /// Runs @p read on a worker with a connection of its own, saying @p busyText meanwhile;
    /// then @p show with the result, unless a newer read started, and loaded().
    template<typename Result>
    void readVersion(const QString &busyText, std::function<Result(Database &)> read,
                     std::function<void(Result)> show)
    {
        const Database *db = database();
        if (!db) {
            return;
        }
        const quint64 generation = ++m_generation;
        setBusy(busyText);
        readInBackground<Result>(
            this, *db, std::move(read),
            [this, generation, show = std::move(show)](Result result) {
                if (generation == m_generation) {
                    setIdle();
                    show(std::move(result));
                    Q_EMIT loaded();
                }
            },
            [this, generation](const ReadFailure &failure) {
                if (generation == m_generation) {
                    fail(failure);
                }
            });
    }

private:
    const Database *database() const;
    void setBusy(const QString &text);
    void setIdle();
    void showMessage(const QString &text);
    void fail(const ReadFailure &failure);

    Texts m_texts;
    ChartedEvidence m_evidence;
    std::function<const Database *()> m_databaseSource;
    std::optional<qint64> m_modelFilter;
    VersionChooser *m_chooser;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_header = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_generation = 0;
};

} // namespace Quorum::Ui
