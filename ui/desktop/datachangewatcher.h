// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class DataVersionProbe;

/// Notices that another connection committed to the open database — another reviewer on a
/// shared file, a pipeline's quorumctl — by polling SQLite's PRAGMA data_version
/// (storage/dataversion.h), and emits externalChange() once per change so the window can read
/// its areas again (each keeps the user's place).
///
/// The read runs on a thread of its own with a connection of its own, never on the GUI
/// thread: on a file in rollback-journal mode (shared drives) the pragma needs a shared lock
/// and would wait up to the busy timeout while another program commits. As its own
/// connection sees every other connection's commits, this program's writes count too: pause()
/// around them, or resync() after them, when the window refreshes anyway.
class DataChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChangeWatcher)

public:
    static constexpr std::chrono::milliseconds kDefaultInterval{2000};

    explicit DataChangeWatcher(QObject *parent = nullptr);
    /// Waits for a read under way (at most the database's busy timeout).
    ~DataChangeWatcher() override;

    /// Where the open database comes from (nullptr when none is open). Only its path and
    /// open options are used on the GUI thread.
    void setDatabaseSource(std::function<const Database *()> source);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    /// Polls every interval(); the first read (and the first after the database changed)
    /// only sets the baseline.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive() || m_pauseDepth > 0; }

    /// Stops polling until as many resume() calls; nests. Changes made meanwhile are not
    /// reported: the first read after the last resume() sets the baseline again.
    void pause();
    void resume();
    bool isPaused() const { return m_pauseDepth > 0; }

    /// Takes the next read as the baseline without a signal (after a refresh of one's own).
    void resync();
    /// Reads now, unless paused, a read is under way, or no database is open.
    void pollNow();
    /// Whether a read is under way on the probe's thread.
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    /// Another connection committed since the last read.
    void externalChange();
    /// A read finished with @p version (every poll; for status displays and tests).
    void polled(qint64 version);
    /// A read failed (file gone, locked longer than the busy timeout); polling goes on.
    void pollFailed(const QString &message);

private:
    void onVersionRead(const QString &path, qint64 version, quint64 generation);
    void onReadFailed(const QString &message, quint64 generation);
    void forgetBaseline();

    std::function<const Database *()> m_source;
    QTimer m_timer;
    QThread m_thread;
    DataVersionProbe *m_probe;
    std::optional<qint64> m_baseline;
    QString m_baselinePath;
    quint64 m_generation = 0; ///< results of reads started before a pause or resync are dropped
    int m_pauseDepth = 0;
    bool m_reading = false;
    bool m_probeOpen = false;
};

} // namespace Quorum::Ui
