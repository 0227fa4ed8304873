// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Quorum::Ui {

/// The databases opened most recently, newest first, kept in QSettings.
class RecentDatabases final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentDatabases)

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentDatabases(QObject *parent = nullptr);

    const QStringList &paths() const { return m_paths; }
    /// The folder of the newest entry, else the user's documents folder: where a file dialog
    /// opens.
    QString folder() const;
    /// Puts @p path first (an existing entry moves up); the oldest entry beyond
    /// kMaxEntries is dropped.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_paths;
};

} // namespace Quorum::Ui
