// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Quorum::Ui {

namespace {

const QString kSettingsKey = QStringLiteral("recentDatabases");

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentDatabases::RecentDatabases(QObject *parent)
    : QObject(parent)
{
    const QStringList stored = QSettings().value(kSettingsKey).toStringList();
    for (const QString &path : stored) {
        if (!path.isEmpty() && !m_paths.contains(path) && m_paths.size() < kMaxEntries) {
            m_paths.append(path);
        }
    }
}

QString RecentDatabases::folder() const
{
    return m_paths.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : QFileInfo(m_paths.constFirst()).absolutePath();
}

void RecentDatabases::add(const QString &path)
{
    const QString entry = normalised(path);
    if (!m_paths.isEmpty() && m_paths.constFirst() == entry) {
        return;
    }
    m_paths.removeAll(entry);
    m_paths.prepend(entry);
    while (m_paths.size() > kMaxEntries) {
        m_paths.removeLast();
    }
    store();
}

void RecentDatabases::remove(const QString &path)
{
    if (m_paths.removeAll(normalised(path)) > 0) {
        store();
    }
}

void RecentDatabases::clear()
{
    if (m_paths.isEmpty()) {
        return;
    }
    m_paths.clear();
    store();
}

void RecentDatabases::store()
{
    QSettings().setValue(kSettingsKey, m_paths);
    Q_EMIT changed();
}

} // namespace Quorum::Ui
