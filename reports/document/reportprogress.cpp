// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprogress.h"

#include "reporterror.h"

#include <QCoreApplication>

namespace Quorum::Reports {

ReportProgress::ReportProgress(Callback callback, const std::atomic_bool *cancelRequested)
    : m_callback(std::move(callback))
    , m_cancel(cancelRequested)
{}

void ReportProgress::step(int done, int total, const QString &what) const
{
    if (m_callback) {
        m_callback(done, total, what);
    }
    checkCancelled();
}

void ReportProgress::checkCancelled() const
{
    if (cancelRequested()) {
        throw ReportError(ReportError::Kind::Cancelled,
                          QCoreApplication::translate("Quorum::Reports", "Export cancelled."));
    }
}

bool ReportProgress::cancelRequested() const
{
    return m_cancel && m_cancel->load();
}

} // namespace Quorum::Reports
