// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporterror.h"

namespace Quorum::Reports {

ReportError::ReportError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{}

} // namespace Quorum::Reports
