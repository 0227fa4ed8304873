// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Quorum::Ui {

/// The DataChangeWatcher's worker: lives on a thread of its own and keeps one connection to
/// the watched file, because PRAGMA data_version is only comparable on the same connection.
/// Not for use elsewhere.
class DataVersionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataVersionProbe)

public:
    DataVersionProbe() = default;
    ~DataVersionProbe() override;

    /// Reads data_version of @p path (opening it with @p options first, or again when the
    /// path changed), then emits versionRead() or readFailed() with @p generation. Runs on the
    /// probe's thread; waits at most the busy timeout of @p options for another program's
    /// exclusive lock.
    void read(const QString &path, const OpenOptions &options, quint64 generation);
    /// Closes the connection (the window closed its database).
    void close();

Q_SIGNALS:
    void versionRead(const QString &path, qint64 version, quint64 generation);
    void readFailed(const QString &path, const QString &message, quint64 generation);

private:
    std::optional<Database> m_db;
};

} // namespace Quorum::Ui
