// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataversionprobe.h"

#include "storage/databaseerror.h"
#include "storage/dataversion.h"

namespace Quorum::Ui {

DataVersionProbe::~DataVersionProbe() = default;

void DataVersionProbe::read(const QString &path, const OpenOptions &options, quint64 generation)
{
    try {
        if (m_db && m_db->path() != path) {
            m_db.reset();
        }
        if (!m_db) {
            m_db.emplace(Database::open(path, options));
        }
        const qint64 version = dataVersion(*m_db);
        Q_EMIT versionRead(path, version, generation);
    } catch (const DatabaseError &error) {
        m_db.reset(); // opened afresh next time: the file may have been replaced
        Q_EMIT readFailed(path, error.message(), generation);
    }
}

void DataVersionProbe::close()
{
    m_db.reset();
}

} // namespace Quorum::Ui
