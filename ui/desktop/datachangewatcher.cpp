// SPDX-License-Identifier: GPL-3.0-or-later
#include "datachangewatcher.h"

#include "desktop/dataversionprobe.h"
#include "storage/database.h"
#include "widgets/backgroundwork.h"

namespace Quorum::Ui {

DataChangeWatcher::DataChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_probe(new DataVersionProbe)
{
    m_thread.setObjectName(QStringLiteral("DataChangeWatcher"));
    m_probe->moveToThread(&m_thread);
    // The probe's connection must close on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &DataVersionProbe::versionRead, this, &DataChangeWatcher::onVersionRead);
    connect(m_probe, &DataVersionProbe::readFailed, this,
            [this](const QString &, const QString &message, quint64 generation) {
                onReadFailed(message, generation);
            });
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &DataChangeWatcher::pollNow);
    m_thread.start();
}

DataChangeWatcher::~DataChangeWatcher()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait();
}

void DataChangeWatcher::setDatabaseSource(std::function<const Database *()> source)
{
    m_source = std::move(source);
    forgetBaseline();
}

void DataChangeWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds DataChangeWatcher::interval() const
{
    return m_timer.intervalAsDuration();
}

void DataChangeWatcher::start()
{
    if (m_pauseDepth == 0) {
        m_timer.start();
    }
    pollNow();
}

void DataChangeWatcher::stop()
{
    m_timer.stop();
    m_pauseDepth = 0;
    forgetBaseline();
}

void DataChangeWatcher::pause()
{
    if (m_pauseDepth++ == 0) {
        m_timer.stop();
        forgetBaseline();
    }
}

void DataChangeWatcher::resume()
{
    if (m_pauseDepth == 0 || --m_pauseDepth > 0) {
        return;
    }
    forgetBaseline();
    m_timer.start();
    pollNow();
}

void DataChangeWatcher::resync()
{
    forgetBaseline();
}

void DataChangeWatcher::forgetBaseline()
{
    m_baseline.reset();
    m_baselinePath.clear();
    ++m_generation;
}

void DataChangeWatcher::pollNow()
{
    if (m_pauseDepth > 0 || m_reading) {
        return;
    }
    const Database *db = m_source ? m_source() : nullptr;
    if (!db) {
        if (m_probeOpen) {
            QMetaObject::invokeMethod(m_probe, [probe = m_probe] { probe->close(); });
            m_probeOpen = false;
            forgetBaseline();
        }
        return;
    }
    OpenOptions options = workerOpenOptions(*db);
    options.mode = OpenMode::OpenExisting;
    m_reading = true;
    m_probeOpen = true;
    QMetaObject::invokeMethod(
        m_probe, [probe = m_probe, path = db->path(), options, generation = m_generation] {
            probe->read(path, options, generation);
        });
}

void DataChangeWatcher::onVersionRead(const QString &path, qint64 version, quint64 generation)
{
    m_reading = false;
    if (generation != m_generation) {
        return; // started before a pause or resync
    }
    if (!m_baseline || path != m_baselinePath) {
        m_baseline = version;
        m_baselinePath = path;
    } else if (version != *m_baseline) {
        m_baseline = version;
        Q_EMIT externalChange();
    }
    Q_EMIT polled(version);
}

void DataChangeWatcher::onReadFailed(const QString &message, quint64 generation)
{
    m_reading = false;
    if (generation == m_generation) {
        Q_EMIT pollFailed(message);
    }
}

} // namespace Quorum::Ui
