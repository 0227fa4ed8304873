// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseerror.h"

namespace Quorum {

DatabaseError::DatabaseError(DatabaseErrorKind kind, QString filePath, QString message,
                             QString detail)
    : m_kind(kind)
    , m_filePath(std::move(filePath))
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_what(m_message.toUtf8())
{}

} // namespace Quorum
